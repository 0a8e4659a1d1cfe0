"""Which accounts must confirm their e-mail address before signing in."""

from __future__ import annotations

from allauth.account.models import EmailAddress
from allauth.account.stages import EmailVerificationStage


class VerifyOwnAddressStage(EmailVerificationStage):
    """allauth's mandatory verification, for the accounts it concerns.

    Signing up records the address unconfirmed, so a new member is asked for
    the e-mailed link before the first sign-in (and at every sign-in until
    then). An account a coordinator created in the admin, or the demo built,
    has no address record: whoever made it vouched for it, and it signs in as
    before. Its holder who later adds an address confirms that one.
    """

    def handle(self):
        if not EmailAddress.objects.filter(user=self.login.user).exists():
            return None, True
        return super().handle()
