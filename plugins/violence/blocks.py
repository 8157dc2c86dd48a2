from outreach.themes.shared_blocks import QuickExitBlock, ReferralListBlock, SafeBrowsingBlock

BLOCKS = [
    ("quick_exit", QuickExitBlock()),
    ("safe_browsing", SafeBrowsingBlock()),
    ("referrals", ReferralListBlock(theme="violence")),
]
