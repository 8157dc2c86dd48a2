from outreach.themes.shared_blocks import ReferralListBlock

BLOCKS = [
    ("referrals", ReferralListBlock(theme="mental-health")),
]
