# mourning-day: on 20 January each new interactive shell prints the day's line. On any
# other day the shell runs only date(1) to read the day: mourning-day is not started.
# `TZ=... date` needs fish 3.1; `env TZ=... date` works in any fish, and env hands over
# to date(1): still one process. `status --is-interactive` is the older spelling.
if status --is-interactive
    if test (@TZ@date +%m%d) = @MMDD@
        command mourning-day next@ARGS@
    end
end
