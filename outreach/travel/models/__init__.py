from .claims import Claim, ClaimEvent, CostRecord, Payee, PaymentBatch, Receipt
from .codes import VisitCode
from .rules import MileageRate, TravelRules

__all__ = [
    "Claim",
    "ClaimEvent",
    "CostRecord",
    "MileageRate",
    "Payee",
    "PaymentBatch",
    "Receipt",
    "TravelRules",
    "VisitCode",
]
