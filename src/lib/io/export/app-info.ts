import { version } from '../../../../package.json';

/** The app's version, as package.json gives it; printed on every export and backup. */
export const APP_VERSION: string = version;
export const APP_NAME = 'ISMS Workbench';
