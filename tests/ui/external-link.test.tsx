import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExternalLink, externalLinkTarget } from '../../src/ui/ExternalLink';

describe('links that leave Care Routes', () => {
  it('are made only from https, tel: and mailto: addresses, and show where they go', () => {
    expect(externalLinkTarget('https://www.nhs.uk/care')).toEqual({ href: 'https://www.nhs.uk/care', shown: 'www.nhs.uk' });
    expect(externalLinkTarget('tel:+441234567890')?.shown).toBe('+441234567890');
    expect(externalLinkTarget('mailto:jobs@example.org')?.shown).toBe('jobs@example.org');
    for (const unsafe of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'http://example.org', 'data:text/html,<b>x</b>', 'vbscript:x', '//example.org', 'not a link']) {
      expect(externalLinkTarget(unsafe), unsafe).toBeUndefined();
    }
  });

  it('shows a disallowed address as plain text, never as a link', () => {
    render(<ExternalLink url="javascript:alert(1)">{(shown) => `Visit ${shown}`}</ExternalLink>);
    expect(screen.getByText('Visit javascript:alert(1)').closest('a')).toBeNull();
  });
});
