from .claims import CeilingAccount, Claim, ClaimEvent, CostRecord, Payee, PaymentBatch, Receipt
from .codes import VisitCode
from .rules import MileageRate, TravelRules

__all__ = [
    "CeilingAccount",
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
