// Issue 13 part 6: word overrides are data, bounded and checked: known targets only, a few short
// words each; policy words come before the admin's.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isWordOverrides,
  MAX_WORD_LENGTH,
  MAX_WORDS_PER_TARGET,
  mergeWordOverrides,
  PORTAL_WORD_TARGETS,
  siteWords,
  wordOverrideProblems,
} from '../../../src/core/word-overrides';

describe('wordOverrideProblems', () => {
  it('accepts words for targets of either site', () => {
    const overrides = {
      'assetpanda.settings': ['Einstellungen'],
      'assetpanda.enable-domains': ['Für ausgewählte Domänen aktivieren'],
      'portal.createButton': ['Erstellen'],
    };
    expect(wordOverrideProblems(overrides)).toEqual([]);
    expect(isWordOverrides(overrides)).toBe(true);
  });

  it.each([
    [
      { 'assetpanda.gear': ['Einstellungen'] },
      { code: 'unknown-target', target: 'assetpanda.gear' },
    ],
    [{ settings: ['Einstellungen'] }, { code: 'unknown-target', target: 'settings' }],
    [
      { 'assetpanda.settings': ['x'.repeat(MAX_WORD_LENGTH + 1)] },
      { code: 'word-too-long', target: 'assetpanda.settings' },
    ],
    [
      {
        'assetpanda.settings': Array.from({ length: MAX_WORDS_PER_TARGET + 1 }, (_, i) => `w${i}`),
      },
      { code: 'too-many-words', target: 'assetpanda.settings' },
    ],
    [{ 'assetpanda.settings': ['  '] }, { code: 'empty-word', target: 'assetpanda.settings' }],
    [
      { 'assetpanda.settings': 'Einstellungen' },
      { code: 'not-a-list', target: 'assetpanda.settings' },
    ],
    [{ 'assetpanda.settings': [42] }, { code: 'not-a-list', target: 'assetpanda.settings' }],
  ])('refuses %j', (overrides, problem) => {
    expect(wordOverrideProblems(JSON.parse(JSON.stringify(overrides)))).toContainEqual(problem);
    expect(isWordOverrides(JSON.parse(JSON.stringify(overrides)))).toBe(false);
  });

  it('refuses a __proto__ key (as JSON from a policy would carry it)', () => {
    expect(wordOverrideProblems(JSON.parse('{"__proto__": ["x"]}'))).toEqual([
      { code: 'unknown-target', target: '__proto__' },
    ]);
  });

  it('refuses what is not a map', () => {
    for (const value of [null, [], 'Einstellungen', 3])
      expect(wordOverrideProblems(value)).toEqual([{ code: 'not-an-object' }]);
  });

  it('accepts a full list of the longest words (the bounds are inclusive)', () => {
    const words = Array.from({ length: MAX_WORDS_PER_TARGET }, () => 'x'.repeat(MAX_WORD_LENGTH));
    expect(isWordOverrides({ 'assetpanda.save-button': words })).toBe(true);
  });
});

describe('mergeWordOverrides', () => {
  it('puts policy words before the admin own, each once, trimmed, bounded', () => {
    const merged = mergeWordOverrides(
      { 'assetpanda.settings': ['Einstellungen'] },
      {
        'assetpanda.settings': [' Einstellungen ', 'Konfiguration'],
        'assetpanda.save-button': Array.from({ length: MAX_WORDS_PER_TARGET }, (_, i) => `s${i}`),
      },
    );
    expect(merged['assetpanda.settings']).toEqual(['Einstellungen', 'Konfiguration']);
    expect(merged['assetpanda.save-button']).toHaveLength(MAX_WORDS_PER_TARGET);
    expect(siteWords({ ...merged, 'portal.save': ['Speichern'] }, 'assetpanda')).toEqual({
      'assetpanda.settings': ['Einstellungen', 'Konfiguration'],
      'assetpanda.save-button': merged['assetpanda.save-button'],
    });
    expect(siteWords({ ...merged, 'portal.save': ['Speichern'] }, 'portal')).toEqual({
      'portal.save': ['Speichern'],
    });
  });
});

describe('the portal targets that can be taught', () => {
  it('are every target the guide points at (a step\'s `target:`), so any guide "not found" can be taught', () => {
    const dir = new URL('../../../src/content/portal/steps/', import.meta.url);
    const pointedAt = new Set(
      readdirSync(dir).flatMap((file) =>
        [...readFileSync(new URL(file, dir), 'utf8').matchAll(/target: '(\w+)'/g)].map(
          (match) => match[1],
        ),
      ),
    );
    expect(pointedAt.size).toBeGreaterThan(10);
    for (const target of pointedAt) expect(PORTAL_WORD_TARGETS).toContain(target);
  });
});
