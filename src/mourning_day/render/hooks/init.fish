# mourning-day: on 20 January each new interactive shell prints the day's line. On any
# other day the shell runs only date(1) to read the day: mourning-day is not started.
# `status --is-interactive` and `env TZ=... date` work in every fish, 2.x included (the
# `TZ=... date` form needs fish 3.1); env hands over to date(1): still one process.
if status --is-interactive
    if test (@TZ@date +%m%d) = @MMDD@
        command mourning-day next@ARGS@
    end
end
