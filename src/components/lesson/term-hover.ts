/**
 * Hover for glossary terms (Term.astro), loaded by the site script the first time a mouse goes over
 * a term; a click, a tap and the keyboard need no script (the term's native `popovertarget`).
 * Resting on a term for a moment opens its popover under it; it stays while the mouse is on the
 * term or on the popover, and closes a moment after the mouse leaves both. A click on the term
 * while hover has it open keeps it open (without this, the native toggle would close it under the
 * mouse) until Escape or a click elsewhere. Built as a standalone module (see the site script).
 */
const DELAY_MS = 300;
let timer: ReturnType<typeof setTimeout>;
/** The popover hover opened, while hover still owns it. */
let hovered: HTMLElement | undefined;

const popoverOf = (term: Element) => document.getElementById(term.getAttribute('popovertarget')!)!;

const pointAt = (target: Element | null) => {
  clearTimeout(timer);
  const term = target?.closest('.term');
  if (term) {
    const popover = popoverOf(term);
    timer = setTimeout(() => {
      if (popover.matches(':popover-open')) return;
      // Opened as the term's own button opens it (the click handler below lets this one through),
      // so the term is its invoker everywhere: the popover is anchored to it and follows it in
      // focus order (showPopover's `source` option does the same, but not yet in every browser).
      (term as HTMLElement).click();
      hovered = popover;
    }, DELAY_MS);
  } else if (hovered && !target?.closest('.term-popover')) {
    const leaving = hovered;
    timer = setTimeout(() => hovered == leaving && leaving.hidePopover(), DELAY_MS);
  }
};

addEventListener('pointerover', (event) => event.pointerType == 'mouse' && pointAt(event.target as Element));
addEventListener('click', (event) => {
  const target = event.target as Element;
  const term = target.closest('.term');
  // Hover's own popover, still open: the click pins it (the button alone would close it).
  if (term && hovered == popoverOf(term) && hovered.matches(':popover-open')) event.preventDefault();
  if (term || !target.closest('.term-popover')) hovered = undefined;
});
// The mouse that loaded this module may be resting on a term already (the site script loads it
// for a mouse only: after a tap, :hover stays on the tapped term and would reopen its popover).
pointAt(document.querySelector('.term:hover'));
