from mourning_day.cli import main

main()
