/**
 * Member routes, for the site's server only: the write token is the only credential allowed
 * these actions, and the member's own session travels in `x-member-session`.
 */
export default {
  routes: [
    { method: 'POST', path: '/members/sign-up', handler: 'member.signUp' },
    { method: 'POST', path: '/members/log-in', handler: 'member.logIn' },
    { method: 'POST', path: '/members/log-out', handler: 'member.logOut' },
    { method: 'GET', path: '/members/me', handler: 'member.account' },
    { method: 'POST', path: '/members/me/listings', handler: 'member.postListing' },
    {
      method: 'POST',
      path: '/members/me/merchant-applications',
      handler: 'member.applyForMerchant',
    },
    { method: 'POST', path: '/members/me/deals', handler: 'member.proposeDeal' },
    { method: 'POST', path: '/members/me/lottery-entries', handler: 'member.enterLottery' },
  ],
};
