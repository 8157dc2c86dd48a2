"""The wire format of the worker API, for the OpenAPI document.

The sync endpoint itself parses with plain Python (``records.py``) for speed; these schemas
describe the same shapes to readers of ``/api/worker/docs``.
"""

from datetime import datetime
from typing import Literal
from uuid import UUID

from ninja import Schema
from pydantic import Field


class SessionRecord(Schema):
    type: Literal["session"]
    uuid: UUID = Field(description="Generated on the device; the same when the session ends.")
    venue: int
    themes: list[str] = Field(description="Slugs of the themes on offer.")
    languages: list[Literal["fi", "sv", "en", "other"]] = []
    started_at: datetime
    ended_at: datetime | None = None
    passers_by: int | None = Field(None, ge=0, le=100_000)


class EncounterContent(Schema):
    occurred_at: datetime = Field(description="Stored rounded down to the quarter hour.")
    themes: list[str]
    age_band: Literal["under18", "18-29", "30-64", "65+"]
    concern_about: Literal["self", "partner", "parent", "child", "other"] = "self"
    contact_type: Literal["information", "conversation", "guidance", "crisis"] = "conversation"
    language: Literal["fi", "sv", "en", "other"] = "fi"
    guided_to: str = Field("", max_length=100, description="Referral key or short text.")
    duration: Literal["", "under5", "5-15", "15-30", "over30"] = ""
    answers: dict = Field(
        {}, description='Per theme slug: {"schema_version": n, "answers": {field key: value}}.'
    )


class EncounterRecord(EncounterContent):
    type: Literal["encounter"]
    uuid: UUID
    session: UUID


class CorrectionRecord(Schema):
    type: Literal["correction"]
    uuid: UUID = Field(description="The correction's own identifier; makes retries harmless.")
    encounter: UUID
    base_version: int = Field(ge=1, description="The version this correction replaces.")
    made_at: datetime
    delete: bool = False
    content: EncounterContent | None = Field(None, description="Required unless deleting.")


class VisitCodeRecord(Schema):
    type: Literal["visit_code"]
    uuid: UUID = Field(description="The record's own identifier (not stored with the code).")
    code: str = Field(description="A code from the device's pool, e.g. 7KDM-4XPA.")
    session: UUID = Field(description="The session it was handed out at; never an encounter.")
    handed_out_at: datetime = Field(description="Stored as the day only.")


class SyncRequest(Schema):
    records: list[SessionRecord | EncounterRecord | CorrectionRecord | VisitCodeRecord] = Field(
        max_length=500
    )


class Receipt(Schema):
    uuid: UUID | None
    type: Literal["", "session", "encounter", "correction", "visit_code"]
    status: Literal["stored", "conflict", "rejected"]
    message: str | None = None
    version: int | None = Field(None, description="For a correction: the new version number.")


class SyncResponse(Schema):
    receipts: list[Receipt]


class Problem(Schema):
    detail: str
    code: str


class Throttled(Problem):
    retry_after: int = Field(description="Seconds to wait before the next request.")


class NotLoggedIn(Schema):
    detail: str = Field(description="The session cookie is missing or expired: log in again.")


def inline_schema(model):
    """``model``'s JSON schema with its definitions written in place. An operation's extra
    OpenAPI cannot add components, so pydantic's ``#/$defs/…`` references would point nowhere
    in the document."""
    schema = model.model_json_schema()
    definitions = schema.pop("$defs", {})

    def resolve(node):
        if isinstance(node, dict):
            reference = node.get("$ref", "")
            if reference.startswith("#/$defs/"):
                return resolve(definitions[reference.removeprefix("#/$defs/")])
            return {key: resolve(value) for key, value in node.items()}
        if isinstance(node, list):
            return [resolve(value) for value in node]
        return node

    return resolve(schema)


class Me(Schema):
    username: str
    name: str
    csrf_token: str
    server_time: datetime


class VisitCodePoolRequest(Schema):
    device: str = Field(
        description="The app's own random identifier for this device (8–64 of A–Z, a–z, 0–9, -, _)."
    )


class PooledCode(Schema):
    code: str = Field(description="Without the dash, as sent back in a visit_code record.")
    display: str = Field(description="As printed: 7KDM-4XPA.")
    link: str = Field(description="The short address that fills the code in.")
    qr: str = Field(description="The short address as an inline SVG QR code.")
    reserved_until: datetime = Field(description="Unused after this, the code is retired.")


class SlipLine(Schema):
    lang: str
    text: str


class SlipTexts(Schema):
    slip: list[SlipLine] = Field(description="The printed slip, one line per site language.")
    valid_until: str = Field(description="The note on the worker's screen.")
    qr_label: str


class VisitCodePool(Schema):
    codes: list[PooledCode]
    valid_days: int = Field(description="Days a code is valid from the day it is handed out.")
    texts: SlipTexts = Field(description="{date} stands for the last day the code is valid.")
