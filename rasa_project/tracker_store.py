"""Rasa's SQL tracker store, reading only what is new.

Rasa 3.6's SQLTrackerStore reads and deserialises every event of a conversation on each
message, so a turn costs more the longer the conversation runs (the profile in
docs/benchmarks.md). This store keeps, per conversation, the tracker built from the
events it has already read and the id of the last row; a retrieve reads only rows with a
larger id, applies them, and hands out a copy. Writing is
Rasa's own, unchanged, so the table stays the one Rasa and our tools read.

It stays right with several Rasa instances: rows are only ever appended, and the lock
store lets one instance at a time handle a conversation, so new rows are exactly the
ones with larger ids. Two things make it read a conversation in full again: a new
conversation session among the new rows, and the first cached row having gone (the
conversation was erased), which the same query checks.

Saving writes the rows Rasa's store would write, in one statement; for a tracker it
served from its cache it knows how many events are stored already, where Rasa's store
counts them with a query on each save.
"""

from __future__ import annotations

import itertools
import json
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, SessionStarted, deserialise_events
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

MAX_CACHED_CONVERSATIONS = 1000


@dataclass
class _Cached:
    first_id: int
    last_id: int
    # the conversation as read so far, events applied; only copies of it are handed out
    tracker: DialogueStateTracker
    domain: Domain


class IncrementalSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cache: OrderedDict[str, _Cached] = OrderedDict()
        engine: sa.engine.Engine = self.engine  # type: ignore[has-type]
        if engine.dialect.name == "sqlite":
            # SQLAlchemy 1.4 opens a new SQLite connection for every session (NullPool);
            # Rasa's event loop is one thread, so one kept connection serves it.
            url = engine.url
            engine.dispose()
            self.engine = sa.create_engine(url, poolclass=sa.pool.SingletonThreadPool, future=True)
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        with self.session_scope() as session:
            cached = self._cache.pop(sender_id, None)
            if cached is not None and cached.domain is self.domain:
                rows = self._rows_after(session, sender_id, cached)
                if rows is not None:
                    self._extend(cached, rows)
                    self._cache[sender_id] = cached  # now the most recent
                    return cached.tracker.copy()
            rows = self._event_query(session, sender_id, fetch_events_from_all_sessions=False)
            rows = rows.with_entities(self.SQLEvent.id, self.SQLEvent.data).all()
        if not rows or not self.domain:
            return None
        # Rasa builds a tracker by replaying the events; later turns only apply new ones.
        tracker = DialogueStateTracker.from_events(sender_id, [], self.domain.slots)
        fresh = _Cached(rows[0].id, rows[0].id, tracker, self.domain)
        self._extend(fresh, rows)
        self._remember(sender_id, fresh)
        return tracker.copy()

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        with self.session_scope() as session:
            stored = self._stored_count(tracker)
            if stored is None:
                stored = self._event_query(
                    session, tracker.sender_id, fetch_events_from_all_sessions=False
                ).count()
            rows = [
                _row(tracker.sender_id, event)
                for event in itertools.islice(tracker.events, stored, None)
            ]
            if rows:
                session.execute(self.SQLEvent.__table__.insert(), rows)
                session.commit()

    def _stored_count(self, tracker: DialogueStateTracker) -> int | None:
        """How many of the tracker's events are stored, when it was built from the cache:
        its events then begin with the very objects cached. (The lock store keeps other
        writers of this conversation out between retrieve and save.)"""
        cached = self._cache.get(tracker.sender_id)
        if cached is None:
            return None
        stored = cached.tracker.events
        if not stored or len(tracker.events) < len(stored):
            return None
        count = len(stored)
        return count if tracker.events[count - 1] is stored[-1] else None

    def _rows_after(self, session: Any, sender_id: str, cached: _Cached) -> list[Any] | None:
        """The rows after the cached ones, or None when the conversation must be read
        in full: its first cached row is gone, or a new session started."""
        event = self.SQLEvent
        rows = (
            session.query(event.id, event.type_name, event.data)
            .filter(
                event.sender_id == sender_id,
                sa.or_(event.id > cached.last_id, event.id == cached.first_id),
            )
            .order_by(event.id)
            .all()
        )
        if not rows or rows[0].id != cached.first_id:
            return None
        new = rows[1:]
        if any(row.type_name == SessionStarted.type_name for row in new):
            return None
        return new

    @staticmethod
    def _extend(cached: _Cached, rows: list[Any]) -> None:
        for event in deserialise_events([json.loads(row.data) for row in rows]):
            cached.tracker.update(event)
        if rows:
            cached.last_id = rows[-1].id

    def _remember(self, sender_id: str, cached: _Cached) -> None:
        self._cache[sender_id] = cached
        while len(self._cache) > MAX_CACHED_CONVERSATIONS:
            self._cache.popitem(last=False)


def _row(sender_id: str, event: Event) -> dict[str, Any]:
    """The row Rasa's SQLTrackerStore writes for an event."""
    data = event.as_dict()
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": (data.get("parse_data") or {}).get("intent", {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }
