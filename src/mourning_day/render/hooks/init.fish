# mourning-day: on 20 January each new interactive shell prints the day's line. On any
# other day the shell runs only date(1) to read the day: mourning-day is not started.
if status is-interactive
    if test (@TZ@date +%m%d) = @MMDD@
        command mourning-day next@ARGS@
    end
end
