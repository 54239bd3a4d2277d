"""The words of `silence --notify`'s two notifications, when the minute begins and when it
ends, in the reader's language, with the time in Baku and in each of the reader's zones."""

from __future__ import annotations

from mourning_day.core.observance import Observance, silence_reported
from mourning_day.core.vigil import Notice, minute_of
from mourning_day.i18n.messages import Messages
from mourning_day.render.phrases import moment_in_places


def notification(obs: Observance, notice: Notice, msgs: Messages) -> tuple[str, str]:
    """Title and body: "The minute of silence has begun", "36th anniversary of the
    20 January tragedy: 12:00 in Baku = 11:00 in Istanbul."; at the end, 12:01."""
    minute = minute_of(obs.anniversary.year)
    moment = moment_in_places(minute.moment(notice), obs.zones, msgs)
    anniversary = msgs.sentence(msgs.title(obs.anniversary.number))
    # Before the sources report one (2017), the minute at 12:00, not a minute of silence.
    title = f"notify.{notice}" if silence_reported(minute.year) else f"notify.unreported.{notice}"
    return msgs.text(title), msgs.text("notify.body", anniversary=anniversary, moment=moment)
