from mourning_day.process import main

main()
