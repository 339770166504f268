/**
 * @module
 * The join code field: students type their assignment's code (any case, spaces allowed) and
 * land on `/j/<code>`. A plain GET form, so it works without JavaScript.
 */
import { JOIN_CODE_LENGTH } from "../core/assignment/join-code";

/**
 * The form: on the home page, and again on a page that could not find a code.
 *
 * @example
 * <JoinCodeForm />
 */
export function JoinCodeForm({ value }: { value?: string }) {
  return (
    <form class="join-form" method="get" action="/j" aria-labelledby="join-title">
      <h2 id="join-title" class="join-title">
        Vous avez un code de devoir ?
      </h2>
      <p class="hint" id="join-hint">
        Tapez les {JOIN_CODE_LENGTH} caractères donnés par votre enseignant (majuscules ou
        minuscules, espaces permis).
      </p>
      <div class="join-row">
        <label for="join-code" class="visually-hidden">
          Code du devoir
        </label>
        <input
          type="text"
          id="join-code"
          name="code"
          value={value}
          maxlength={20}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          required
          aria-describedby="join-hint"
        />
        <button type="submit" class="button">
          Rejoindre
        </button>
      </div>
    </form>
  );
}
