# mourning-day: on 20 January each new interactive shell prints the day's line. On any
# other day the shell only reads its own clock (the %D{...} prompt escape): no program is
# started.
if [[ -o interactive ]]; then
  () {
    @TZ@if [[ ${(%):-%D{%m%d}} == @MMDD@ ]]; then
      command mourning-day next@ARGS@
    fi
  }
fi
