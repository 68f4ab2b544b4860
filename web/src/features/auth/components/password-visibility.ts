/**
 * Props for a password field's show/hide button. Mantine's default name contains "password",
 * which would make the field labels ambiguous. (Its own file: the sign-in page needs only this,
 * not the password rules and their schema library.)
 */
export const visibilityToggle = { 'aria-label': 'Show or hide what you type' };
