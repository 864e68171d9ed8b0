/// <reference types="office-js" />
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Light or dark to match Office's theme (Office.context.officeTheme), where the host reports one. */
export function officeTheme(): Theme {
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  return background && isDark(background) ? webDarkTheme : webLightTheme;
}

/** A '#RRGGBB' colour darker than mid grey. */
export function isDark(color: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}
