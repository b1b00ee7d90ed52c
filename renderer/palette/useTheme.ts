/** Light, dark, or the system's choice. (Being built.) */
export function useTheme(): { toggle(): void } {
  return { toggle: () => undefined };
}
