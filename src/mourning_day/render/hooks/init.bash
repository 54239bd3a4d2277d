# mourning-day: on 20 January each new interactive shell prints the day's line. On any
# other day the shell only reads its own clock (printf's %(...)T): no program is started.
# bash before 4.2 (macOS's 3.2) has no %(...)T: there, and only there, date(1) is asked.
if [[ $- == *i* ]]; then
  if ! @TZ@printf -v __mourning_day_date '%(%m%d)T' -1 2>/dev/null; then
    __mourning_day_date=$(@TZ@date +%m%d)
  fi
  if [[ $__mourning_day_date == @MMDD@ ]]; then
    command mourning-day next@ARGS@
  fi
  unset __mourning_day_date
fi
