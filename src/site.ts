/** Site-wide names and wording, kept in one place. */
export const site = {
  name: 'Glad to Help',
  tagline: 'Customer-service training in short lessons you can take between shifts',
  description:
    'A free customer-service course: short lessons on greeting, phone manners, listening, empathy, apology, promises and leading a service team, with role-play practice.',
  lang: 'en',
} as const;
