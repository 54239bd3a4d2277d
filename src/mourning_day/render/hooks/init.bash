# mourning-day: on 20 January each new interactive shell prints the day's line. On any
# other day the shell only reads its own clock (printf's %(...)T): no program is started.
if [[ $- == *i* ]]; then
  @TZ@printf -v __mourning_day_date '%(%m%d)T' -1
  if [[ $__mourning_day_date == @MMDD@ ]]; then
    command mourning-day next@ARGS@
  fi
  unset __mourning_day_date
fi
