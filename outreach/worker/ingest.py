"""Store a batch of synced records: idempotent by UUID, one receipt per record.

A batch costs a handful of queries whatever its size: venues, existing sessions, existing
encounters, then one transaction of bulk inserts. Devices replay batches, also at the same
moment: an encounter a concurrent request stored since we looked is skipped by the insert
(``ON CONFLICT DO NOTHING``) and answered like any retry, and a batch PostgreSQL rolls back to
break a deadlock runs again.
"""

import logging
import random
import time

from django.db import IntegrityError, OperationalError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from outreach.encounters.models import Encounter, PopupSession, to_quarter_hour
from outreach.places.models import Venue
from outreach.themes.registry import enabled_themes
from outreach.travel import reservations

from . import corrections
from .bulk import insert_rows
from .corrections import CONTENT_FIELDS as CONTENT_COLUMNS
from .models import IngestLog, RecordType, SyncConflict
from .records import PARSERS, Context, RecordError, content_hash, parse, record_uuid

logger = logging.getLogger(__name__)

MAX_BATCH = 500
ATTEMPTS = 3
RETRYABLE = {"40P01", "40001"}  # deadlock detected, serialization failure
ENCOUNTER_COLUMNS = (
    "uuid",
    "session",
    "worker",
    "received_at",
    "content_hash",
    "version",
    *CONTENT_COLUMNS,
)
LOG_COLUMNS = ("record_type", "record_uuid", "worker", "received_at", "result", "message")
STORED, UPDATED, DUPLICATE, CONFLICT, REJECTED = (
    IngestLog.Result.STORED,
    IngestLog.Result.UPDATED,
    IngestLog.Result.DUPLICATE,
    IngestLog.Result.CONFLICT,
    IngestLog.Result.REJECTED,
)
# What the device is told: a retry gets the very receipt the first attempt got.
RECEIPT_STATUS = {
    STORED: "stored",
    UPDATED: "stored",
    DUPLICATE: "stored",
    CONFLICT: "conflict",
    REJECTED: "rejected",
}


def build_context(now=None):
    return Context(
        themes=frozenset(theme.slug for theme in enabled_themes()),
        venues=frozenset(Venue.objects.values_list("pk", flat=True)),
        now=now or timezone.now(),
    )


class Batch:
    def __init__(self, raw_records, worker, context):
        self.worker = worker
        # request.user is a lazy proxy: going through it for every row is measurably slow.
        self.worker_id = worker.pk
        self.context = context
        # Every time stored about a record is coarse: a log time to the second would tell when an
        # encounter made online happened, to the second.
        self.received_at = to_quarter_hour(context.now)
        self.receipts = [None] * len(raw_records)
        self.logs = []
        self.conflicts = []
        self.parsed = {kind: [] for kind in PARSERS}
        for index, raw in enumerate(raw_records):
            try:
                kind, cleaned = parse(raw, context)
            except RecordError as error:
                self.finish(index, _type(raw), record_uuid(raw), REJECTED, error.message)
                continue
            except Exception:
                # A bug must not block the rest of the batch: refuse this one record, loudly.
                logger.exception("Sync could not parse a record")
                message = _("The server could not read this record.")
                self.finish(index, _type(raw), record_uuid(raw), REJECTED, message)
                continue
            self.parsed[kind].append((index, cleaned))

    def finish(self, index, kind, uuid, result, message="", **extra):
        receipt = {"uuid": str(uuid) if uuid else None, "type": kind}
        receipt["status"] = RECEIPT_STATUS[result]
        if message:
            receipt["message"] = str(message)
        receipt.update(extra)
        self.receipts[index] = receipt
        self.logs.append((kind, uuid, self.worker_id, self.received_at, result, str(message)[:500]))

    def conflict(self, index, kind, cleaned, hash_, reason):
        self.conflicts.append(
            SyncConflict(
                record_type=kind,
                record_uuid=cleaned["uuid"],
                worker_id=self.worker_id,
                received_at=self.received_at,
                content_hash=hash_,
                payload=cleaned,
                reason=str(reason),
            )
        )
        self.finish(index, kind, cleaned["uuid"], CONFLICT, reason)

    # --- sessions ---------------------------------------------------------------------------

    def store_sessions(self):
        # In identifier order, as every batch does: concurrent batches lock rows in one order.
        entries = sorted(self._last_per_uuid(self.parsed["session"]), key=lambda e: e[1]["uuid"])
        existing = {
            s.uuid: s
            for s in PopupSession.objects.filter(uuid__in=[c["uuid"] for _i, c in entries])
        }
        for index, cleaned in entries:
            session = existing.get(cleaned["uuid"])
            if session is None:
                session = self._insert_or_fetch(PopupSession(worker_id=self.worker_id, **cleaned))
                if session is None:
                    self.finish(index, "session", cleaned["uuid"], STORED)
                    continue
            if session.worker_id != self.worker_id:
                reason = _("This session belongs to another worker.")
                self.conflict(index, "session", cleaned, content_hash(cleaned), reason)
            else:
                update_session(session, cleaned)
                self.finish(index, "session", cleaned["uuid"], UPDATED)

    @staticmethod
    def _insert_or_fetch(session):
        """Insert the new session (returning ``None``), or return the one that a concurrent
        request stored first. One by one: a batch carries a session or two, and saving each
        starts a new page-cache generation, so the public calendar shows it."""
        try:
            with transaction.atomic():
                session.save()
        except IntegrityError:
            return PopupSession.objects.get(uuid=session.uuid)
        return None

    def _last_per_uuid(self, entries):
        """Several states of one session in a batch: the last is the current one."""
        last = {}
        for index, cleaned in entries:
            previous = last.get(cleaned["uuid"])
            if previous is not None:
                self.finish(previous[0], "session", cleaned["uuid"], UPDATED)
            last[cleaned["uuid"]] = (index, cleaned)
        return list(last.values())

    # --- encounters -------------------------------------------------------------------------

    def store_encounters(self):
        entries = self.parsed["encounter"]
        sessions = {
            row[0]: row[1:]
            for row in PopupSession.objects.filter(
                uuid__in={c["session"] for _i, c in entries}
            ).values_list("uuid", "pk", "worker_id")
        }
        existing = self._existing_encounters([c["uuid"] for _i, c in entries])
        new = {}
        for index, cleaned in entries:
            uuid = cleaned["uuid"]
            session = sessions.get(cleaned["session"])
            if session is None or session[1] != self.worker_id:
                message = _("The pop-up session of this encounter is not on the server.")
                self.finish(index, "encounter", uuid, REJECTED, message)
                continue
            known = existing.get(uuid)
            if known is None and uuid in new:  # the same record twice in one batch
                known = (new[uuid][1]["hash"], self.worker_id)
            if known is not None:
                self._repeat(index, cleaned, known)
                continue
            row = (uuid, session[0], self.worker_id, self.received_at, cleaned["hash"], 1)
            new[uuid] = (
                index,
                cleaned,
                row + tuple(cleaned["content"][n] for n in CONTENT_COLUMNS),
            )
        # A concurrent request may have stored some of these since we looked: those are skipped
        # by the insert and answered like any repeat.
        inserted = insert_rows(Encounter, ENCOUNTER_COLUMNS, [e[2] for e in new.values()], "uuid")
        stored_meanwhile = self._existing_encounters([u for u in new if u not in inserted])
        for uuid, (index, cleaned, _row) in new.items():
            if uuid in inserted:
                self.finish(index, "encounter", uuid, STORED)
            else:
                self._repeat(index, cleaned, stored_meanwhile[uuid])

    def _existing_encounters(self, uuids):
        return {
            row[0]: row[1:]
            for row in Encounter.objects.filter(uuid__in=uuids).values_list(
                "uuid", "content_hash", "worker_id"
            )
        }

    def _repeat(self, index, cleaned, known):
        stored_hash, worker_id = known
        if stored_hash == cleaned["hash"] and worker_id == self.worker_id:
            self.finish(index, "encounter", cleaned["uuid"], DUPLICATE)
        else:
            reason = _("The server already has this encounter with different content.")
            self.conflict(index, "encounter", cleaned, cleaned["hash"], reason)

    # --- corrections ------------------------------------------------------------------------

    def store_corrections(self):
        for index, cleaned in self.parsed["correction"]:
            try:
                version = corrections.apply(cleaned, self.worker, self.context.now)
            except corrections.StaleBase as error:
                self.conflict(index, "correction", cleaned, content_hash(cleaned), error)
            except RecordError as error:
                self.finish(index, "correction", cleaned["uuid"], REJECTED, error.message)
            else:
                self.finish(index, "correction", cleaned["uuid"], STORED, version=version)

    # --- visit codes handed out offline --------------------------------------------------------

    def store_visit_codes(self):
        entries = self.parsed["visit_code"]
        sessions = {
            session.uuid: session
            for session in PopupSession.objects.filter(
                uuid__in={c["session"] for _i, c in entries}, worker_id=self.worker_id
            )
        }
        # In code order, as every batch does: concurrent batches lock codes in one order.
        for index, cleaned in sorted(entries, key=lambda entry: entry[1]["code"]):
            session = sessions.get(cleaned["session"])
            if session is None:
                message = _("The pop-up session of this visit code is not on the server.")
                self.finish(index, "visit_code", cleaned["uuid"], REJECTED, message)
                continue
            try:
                with transaction.atomic():  # a refused code leaves nothing half-saved
                    bound = reservations.hand_out(
                        cleaned["code"], self.worker, session, cleaned["handed_out_at"]
                    )
            except reservations.HandOutRefused as error:
                self.finish(index, "visit_code", cleaned["uuid"], REJECTED, error.message)
            else:
                self.finish(index, "visit_code", cleaned["uuid"], STORED if bound else DUPLICATE)

    def save_audit(self):
        SyncConflict.objects.bulk_create(self.conflicts, ignore_conflicts=True)
        insert_rows(IngestLog, LOG_COLUMNS, self.logs)


def update_session(session, cleaned):
    """A session is sent when it starts and again when it ends: the newer state wins."""
    for field, value in cleaned.items():
        setattr(session, field, value)
    session.save()


def _type(raw):
    kind = raw.get("type") if isinstance(raw, dict) else None
    return kind if isinstance(kind, str) and kind in PARSERS else ""


class BatchContended(Exception):
    """The batch was rolled back ATTEMPTS times by concurrent ones: nothing of it is stored,
    and the device should send it again a little later."""


def ingest(raw_records, worker, context=None):
    """Store what can be stored and return one receipt per record, in the order sent, or
    raise BatchContended."""
    context = context or build_context()
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with transaction.atomic():
                batch = Batch(raw_records, worker, context)
                batch.store_sessions()
                batch.store_encounters()
                batch.store_corrections()
                batch.store_visit_codes()
                batch.save_audit()
            return batch.receipts
        except OperationalError as error:
            # PostgreSQL broke a deadlock or a serialization conflict by rolling this batch
            # back whole: running it again is safe, and succeeds once the other batch is done.
            if getattr(error.__cause__, "sqlstate", None) not in RETRYABLE:
                raise
            if attempt == ATTEMPTS:
                raise BatchContended from error
            logger.info(
                "Sync batch retried after %s (attempt %s)", error.__cause__.sqlstate, attempt
            )
            time.sleep(random.uniform(0.05, 0.2) * attempt)


__all__ = ["MAX_BATCH", "BatchContended", "RecordType", "build_context", "ingest"]
