// @vitest-environment jsdom
// The guide's theme follows what the portal paints (guide/theme.ts): a dark page gets a dark
// guide whatever the system prefers, and a page that paints nothing gets the system's choice.

import { afterEach, describe, expect, it } from 'vitest';
import { luminance, pageTheme, parseRgb } from '../../../src/content/portal/guide/theme';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('parseRgb', () => {
  it.each([
    ['rgb(255, 255, 255)', [255, 255, 255, 1]],
    ['rgba(17, 16, 15, 0.5)', [17, 16, 15, 0.5]],
    ['rgb(17 16 15 / 40%)', [17, 16, 15, 0.4]],
    ['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
  ])('reads %s', (text, expected) => {
    expect(parseRgb(text)).toEqual(expected);
  });

  it.each(['transparent', '', 'color(srgb 1 1 1)', 'rgb(1, 2)'])('gives up on %j', (text) => {
    expect(parseRgb(text)).toBeNull();
  });
});

describe('luminance', () => {
  it('is 0 for black, 1 for white, and orders greys', () => {
    expect(luminance([0, 0, 0])).toBe(0);
    expect(luminance([255, 255, 255])).toBeCloseTo(1, 6);
    expect(luminance([0x25, 0x24, 0x23])).toBeLessThan(luminance([0xfa, 0xf9, 0xf8]));
  });
});

describe('pageTheme', () => {
  it('is dark on a dark body even when the system prefers light', () => {
    document.body.style.backgroundColor = 'rgb(17, 16, 15)';
    expect(pageTheme(document, false)).toBe('dark');
  });

  it('is light on a light body even when the system prefers dark', () => {
    document.body.style.backgroundColor = 'rgb(250, 249, 248)';
    expect(pageTheme(document, true)).toBe('light');
  });

  it("falls back to the root's background when the body paints none", () => {
    document.body.style.backgroundColor = 'rgba(0, 0, 0, 0)';
    document.documentElement.style.backgroundColor = 'rgb(30, 30, 30)';
    expect(pageTheme(document, false)).toBe('dark');
  });

  it('follows the system when the page paints nothing', () => {
    expect(pageTheme(document, true)).toBe('dark');
    expect(pageTheme(document, false)).toBe('light');
  });
});
