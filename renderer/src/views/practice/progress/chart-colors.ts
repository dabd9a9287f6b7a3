// Chart colours come from the theme's CSS variables, so charts follow light and dark like the rest of
// the app. Canvas cannot use var(), so the values are read and re-read when the theme changes
// (the OS setting, or the app's own html[data-theme] override).
import { useEffect, useState } from 'react';

export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  band: string;
  warning: string;
  danger: string;
  success: string;
  font: string;
}

function read(): ChartColors {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: v('--text'),
    muted: v('--text-muted'),
    grid: v('--border'),
    accent: v('--accent'),
    band: v('--success-soft'),
    warning: v('--warning'),
    danger: v('--danger'),
    success: v('--success'),
    font: v('--font-ui'),
  };
}

export function useChartColors(): ChartColors {
  const [colors, setColors] = useState(read);
  useEffect(() => {
    const update = () => setColors(read());
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', update);
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      media.removeEventListener('change', update);
      observer.disconnect();
    };
  }, []);
  return colors;
}
