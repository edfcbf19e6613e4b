// /login: Email, Password, "Log in". Any non-empty pair signs in (this is a rehearsal). An email
// an SSO connection covers (enabled for all users, or its domain selected) goes to single sign-on
// instead, without a password (federation.js).
import { h } from '../lib/dom.js';
import { startSingleSignOn } from '../federation.js';
import { ERRORS, L, TEXT } from '../labels.js';
import { safeRedirect } from '../routes.js';
import { server } from '../store.js';
import { button, spinner } from '../components/buttons.js';
import { textField } from '../components/text-field.js';

export function mount(container, { navigate, url }) {
  const state = { email: '', password: '', submitted: false, busy: false, failure: null };
  const setState = (patch) => {
    Object.assign(state, patch);
    render();
  };

  const email = textField({
    label: L.email,
    name: 'email',
    type: 'email',
    autoComplete: 'username',
    onChange: (value) => setState({ email: value, failure: null }),
  });
  const password = textField({
    label: L.password,
    name: 'password',
    type: 'password',
    autoComplete: 'current-password',
    onChange: (value) => setState({ password: value, failure: null }),
  });
  const submit = button({ variant: 'contained', type: 'submit', class: 'full-width' }, L.logIn);
  const failure = h('div', {
    class: 'MuiPaper-root MuiAlert-root MuiAlert-standardError',
    role: 'alert',
    hidden: true,
  });

  const form = h(
    'form',
    { class: 'login-form', novalidate: true, onSubmit },
    failure,
    email.root,
    password.root,
    submit,
  );
  container.append(
    h(
      'div',
      { class: 'login-screen' },
      h(
        'div',
        { class: 'MuiPaper-root login-card' },
        h('div', { class: 'brand brand-large' }, h('span', { class: 'brand-mark' }, 'AP'), L.brand),
        h('h1', { class: 'MuiTypography-h5' }, L.loginTitle),
        h('p', { class: 'muted' }, location.hostname),
        form,
      ),
      h('p', { class: 'login-footer muted' }, '© Asset Panda · Privacy · Terms'),
    ),
  );

  async function onSubmit(event) {
    event.preventDefault();
    if (state.busy) return;
    setState({ submitted: true });
    if (!state.email.trim()) return email.input.focus();
    const ssoDomain = server.ssoDomain(state.email.trim());
    const redirect = safeRedirect(url.searchParams.get('redirect'));
    if (ssoDomain) return startSingleSignOn(ssoDomain, state.email.trim(), redirect);
    if (!state.password) return password.input.focus();
    setState({ busy: true });
    try {
      await server.signIn(state.email.trim(), state.password);
    } catch {
      setState({ busy: false, failure: TEXT.loginFailed });
      return;
    }
    navigate(redirect, { replace: true });
  }

  function render() {
    email.update({
      value: state.email,
      error: state.submitted && !state.email.trim() ? ERRORS.emailRequired : null,
      disabled: state.busy,
    });
    password.update({
      value: state.password,
      error: state.submitted && !state.password ? ERRORS.passwordRequired : null,
      disabled: state.busy,
    });
    failure.hidden = !state.failure;
    failure.textContent = state.failure ?? '';
    submit.disabled = state.busy;
    submit.replaceChildren(
      ...(state.busy
        ? [spinner({ size: 18, class: 'button-spinner', 'aria-hidden': 'true' })]
        : []),
      L.logIn,
    );
  }

  render();
}
