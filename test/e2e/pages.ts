/** One page of each type, for checks that run across page types. */
export const pageTypes = {
  home: '/',
  module: '/modules/why-service-matters/',
  lesson: '/modules/why-service-matters/glad-or-mad/',
  howToUse: '/how-to-use/',
  progress: '/progress/',
  handbook: '/handbook/',
  handbookCard: '/handbook/phone-greeting-script/',
  rolePlayScript: '/practice/missing-birthday-cake/',
  search: '/search/?q=phone',
  assign: '/assign/',
  assignment: '/assignment/',
  team: '/team/',
  notFound: '/no-such-page/',
} as const;
