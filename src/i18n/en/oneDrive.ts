// English strings for the register on the manager's OneDrive (Microsoft Lists).
export const oneDrive = {
  'oneDrive.consumerAccount': 'This is a personal Microsoft account (consumer OneDrive): it has no Microsoft Lists, so the register cannot be shared. Sign in with a work or school account (Microsoft 365 Business), or keep this workbook\'s local register',
  'oneDrive.noDrive': 'Your OneDrive has not been set up yet: open OneDrive once in the browser (office.com → OneDrive), then connect again',
  'oneDrive.notShared': '{manager}\'s OneDrive lists are not shared with you (or no longer): ask {manager} ({email}) to add you to the roster and share again under Settings → Data storage',
} as const;
