// What a person cannot see on the screen as it stands: every element of the page's content (light and
// shadow DOM) that reaches past the viewport's sides, or that cuts off its own content without being
// meant to scroll. Returns one line per problem; an empty list when everything fits.
() => {
  const viewportWidth = document.documentElement.clientWidth;
  const problems = [];
  const skipped = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'VAADIN-CONNECTION-INDICATOR', 'VAADIN-DEV-TOOLS']);
  // Scrolling on purpose: a text area, a typed value longer than its field (and a grid's body, below).
  const scrollsOnPurpose = element => element.tagName === 'INPUT' || element.tagName === 'TEXTAREA';
  const describe = element => {
    const host = element.getRootNode().host;
    const text = (element.innerText || element.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 80);
    return element.tagName.toLowerCase()
      + (element.id ? '#' + element.id : '')
      + (element.getAttribute('part') ? '[part=' + element.getAttribute('part') + ']' : '')
      + (typeof element.className === 'string' && element.className ? '.' + element.className.trim().split(/\s+/).join('.') : '')
      + (host ? ' in ' + host.tagName.toLowerCase() : '')
      + (text ? ' «' + text + '»' : '');
  };
  const visit = (element, insideGrid) => {
    if (skipped.has(element.tagName) || element.tagName.endsWith('-OVERLAY')) {
      return;
    }
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') {
      return;
    }
    const rect = element.getBoundingClientRect();
    if (rect.width > 1 && rect.height > 1) {
      if (!insideGrid && (rect.right > viewportWidth + 1 || rect.left < -1)) {
        problems.push('wider than the screen (' + Math.round(rect.left) + '…' + Math.round(rect.right)
          + ' of ' + viewportWidth + ' px): ' + describe(element));
      }
      if (!(element instanceof SVGElement) && !scrollsOnPurpose(element)) {
        const clips = value => value !== 'visible';
        if (clips(style.overflowX) && element.scrollWidth > element.clientWidth + 1) {
          problems.push('cut at the side (' + element.scrollWidth + ' px shown in ' + element.clientWidth + '): '
            + describe(element));
        }
        if (clips(style.overflowY) && element.scrollHeight > element.clientHeight + 1) {
          problems.push('cut at the bottom (' + element.scrollHeight + ' px shown in ' + element.clientHeight + '): '
            + describe(element));
        }
      }
    }
    // A drawing shows only what lies inside its own box: a bar or a word drawn past it is cut off.
    if (element.tagName.toLowerCase() === 'svg' && !(element.parentElement instanceof SVGElement)
        && getComputedStyle(element).overflow !== 'visible' && rect.width > 1) {
      const outside = [...element.querySelectorAll('text, rect, path, circle, image, g > *')].find(part => {
        const box = part.getBoundingClientRect();
        return box.width > 0 && (box.bottom > rect.bottom + 1 || box.right > rect.right + 1
          || box.top < rect.top - 1 || box.left < rect.left - 1);
      });
      if (outside) {
        problems.push('drawn outside its picture: ' + describe(outside) + ' in ' + describe(element));
      }
    }
    if (element instanceof SVGElement) {
      return;
    }
    // A grid scrolls its rows and columns inside itself by design: its own box must fit the screen, and
    // each cell must show its whole text, wherever the grid is scrolled to.
    if (element.tagName === 'VAADIN-GRID') {
      [...element.children].filter(child => child.tagName === 'VAADIN-GRID-CELL-CONTENT')
        .forEach(cell => visit(cell, true));
      return;
    }
    if (element.shadowRoot) {
      [...element.shadowRoot.children].forEach(child => visit(child, insideGrid));
    }
    [...element.children].forEach(child => visit(child, insideGrid));
  };
  const layout = document.querySelector('vaadin-app-layout');
  // The menu counts where it is shown beside the content; folded away off the screen, it does not.
  const drawerShown = layout && !layout.hasAttribute('overlay');
  const roots = layout
    ? [...layout.children].filter(child => child.slot !== 'drawer' || drawerShown)
    : [...document.body.children];
  roots.forEach(root => visit(root, false));
  return problems;
}
