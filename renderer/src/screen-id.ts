/** The screens of the app, in menu order (its own module, so screens can name each other without importing the shell). */
export type ScreenId = 'import' | 'overview' | 'profile' | 'briefing' | 'templates' | 'data' | 'help';
