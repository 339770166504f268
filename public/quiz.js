/*
 * Ardoise quiz page, with JavaScript: counts answered questions as the student goes, keeps the
 * answers in sessionStorage (a reload or a failed request loses nothing), sends them to the JSON
 * API and shows the results in place. Without this script the form posts to the server, which
 * answers with the same page, results included.
 *
 * The results, and the evidence marks in the article, are built exactly as the server renders
 * them (src/pages/results-view.tsx, src/pages/article-view.tsx, src/pages/highlight-evidence.ts,
 * src/pages/score-comment.ts): change them together. The browser tests compare both.
 *
 * Nothing here knows an answer: the key only arrives in the API's reply, after submitting.
 */
(() => {
  const form = document.querySelector("form.quiz-form[data-quiz-id]");
  if (form?.getAttribute("data-state") !== "open") return;
  // Older browsers keep the plain form post, which works everywhere.
  if (typeof window.fetch !== "function" || typeof window.Promise !== "function") return;

  const quizId = form.getAttribute("data-quiz-id");
  // An assignment's page (/j/<code>) sends to its own route and offers no second try.
  const submitUrl =
    form.getAttribute("data-submit-url") ||
    `/api/quizzes/${encodeURIComponent(quizId)}/submissions`;
  const restartUrl = form.hasAttribute("data-restart")
    ? null
    : `/quizzes/${encodeURIComponent(quizId)}`;
  const storageKey = `ardoise:answers:${quizId}:${submitUrl}`;
  const questions = Array.prototype.map.call(
    form.querySelectorAll("fieldset.question"),
    (fieldset, index) => ({
      id: fieldset.getAttribute("data-question-id"),
      type: fieldset.getAttribute("data-type"),
      number: index + 1,
      fieldset,
    }),
  );
  const student = form.querySelector("#student");
  const submitBar = form.querySelector(".submit-bar");
  const progress = form.querySelector("#progress");
  const errorBox = form.querySelector("#submit-error");
  const results = document.getElementById("results");
  if (!submitBar || !progress || !errorBox || !results) return;
  let sending = false;

  restoreAnswers();
  showProgress();
  form.addEventListener("input", onEdit);
  form.addEventListener("change", onEdit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    // The server's « Rendre quand même » (a sheet sent back without the script) is the answer.
    if (event.submitter && event.submitter.name === "hand-in") confirmed = true;
    const unanswered = questions.filter((question) => !isAnswered(question));
    if (unanswered.length > 0 && !confirmed) askFirst(unanswered);
    else send();
  });
  form.addEventListener("keydown", nextFieldOnEnter);

  /**
   * Enter in a field moves to the next one rather than handing in the sheet (a phone's « OK »
   * is Enter): only the button hands it in.
   */
  function nextFieldOnEnter(event) {
    const field = event.target;
    if (event.key !== "Enter" || event.isComposing) return;
    if (field.localName !== "input" || (field.type !== "text" && field.type !== "radio")) return;
    event.preventDefault();
    const fields = Array.prototype.filter.call(
      form.querySelectorAll("input[type=text], input[type=radio], button[type=submit]"),
      (candidate) =>
        !candidate.disabled && (candidate.type !== "radio" || candidate.name !== field.name),
    );
    const after = fields.find(
      (candidate) => field.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    if (!after) return;
    // A group of radio buttons is entered at its checked one, or its first.
    const checked =
      after.type === "radio"
        ? form.querySelector(`input[type=radio][name="${after.name}"]:checked`)
        : null;
    (checked || after).focus();
  }

  /**
   * Asks before handing in a sheet with unanswered questions, as the server does without a
   * script: « 3 questions sans réponse — rendre quand même ? ». « Rendre quand même » sends it,
   * « Compléter mes réponses » goes to the first question left.
   */
  let confirmed = false;
  const confirmBox = element("div", { class: "hand-in-check", id: "hand-in-confirm" }, []);

  function askFirst(unanswered) {
    confirmBox.textContent = "";
    const count = unanswered.length;
    const question = element("p", { id: "hand-in-question", tabindex: "-1" }, [
      element("strong", {}, [
        `${count} ${count > 1 ? "questions" : "question"} sans réponse — rendre quand même\u202f?`,
      ]),
    ]);
    const anyway = element("button", { type: "button", class: "button" }, ["Rendre quand même"]);
    const back = element("button", { type: "button", class: "button button-secondary" }, [
      "Compléter mes réponses",
    ]);
    anyway.addEventListener("click", () => {
      confirmBox.remove();
      confirmed = true;
      send();
    });
    back.addEventListener("click", () => {
      confirmBox.remove();
      const first = unanswered[0].fieldset.querySelector("input");
      if (first) first.focus();
    });
    confirmBox.appendChild(question);
    confirmBox.appendChild(element("p", { class: "hand-in-actions" }, [anyway, " ", back]));
    confirmBox.setAttribute("role", "group");
    confirmBox.setAttribute("aria-labelledby", "hand-in-question");
    if (!confirmBox.parentNode) submitBar.insertBefore(confirmBox, submitBar.firstChild);

    question.focus();
  }

  function onEdit() {
    // A changed sheet is asked about again.
    confirmed = false;
    confirmBox.remove();
    saveAnswers();
    showProgress();
  }

  /** What the field of a question holds: text, option id or "true"/"false"; "" when empty. */
  function fieldValue(question) {
    if (question.type === "short_answer") {
      const input = question.fieldset.querySelector("input[type=text]");
      return input ? input.value : "";
    }
    const checked = question.fieldset.querySelector("input[type=radio]:checked");
    return checked ? checked.value : "";
  }

  function isAnswered(question) {
    return fieldValue(question).trim() !== "";
  }

  function showProgress() {
    const answered = questions.filter(isAnswered).length;
    progress.textContent = `${answered} / ${questions.length} questions répondues`;
  }

  /** The body for POST /api/quizzes/:id/submissions: blanks left out, true/false as booleans. */
  function submission() {
    const answers = {};
    for (const question of questions) {
      if (!isAnswered(question)) continue;
      const value = fieldValue(question);
      answers[question.id] = question.type === "true_false" ? value === "true" : value;
    }
    const name = student ? student.value.trim() : "";
    return name === "" ? { answers } : { answers, student: name };
  }

  function saveAnswers() {
    const fields = {};
    for (const question of questions) fields[question.id] = fieldValue(question);
    try {
      sessionStorage.setItem(
        storageKey,
        JSON.stringify({ fields, student: student ? student.value : "" }),
      );
    } catch {
      // Storage full or disabled (private browsing): the answers are still on the page.
    }
  }

  function restoreAnswers() {
    let saved = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(storageKey) || "null");
    } catch {
      return;
    }
    if (!saved || typeof saved.fields !== "object" || saved.fields === null) return;
    for (const question of questions) {
      const value = saved.fields[question.id];
      if (typeof value !== "string" || value === "") continue;
      if (question.type === "short_answer") {
        const input = question.fieldset.querySelector("input[type=text]");
        if (input && input.value === "") input.value = value;
      } else {
        for (const radio of question.fieldset.querySelectorAll("input[type=radio]")) {
          if (radio.value === value) radio.checked = true;
        }
      }
    }
    if (student && student.value === "" && typeof saved.student === "string") {
      student.value = saved.student;
    }
  }

  /**
   * The Idempotency-Key of the sheet being sent, kept across retries of the same sheet: however
   * many times it reaches the server (a lost answer, a retry), it is stored once. A sheet the
   * student changed since is a new sheet, with a new key.
   */
  let sheet = null;

  function newKey() {
    if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
    // randomUUID needs HTTPS; a school server on plain HTTP still has getRandomValues.
    return Array.prototype.map
      .call(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
        byte.toString(16).padStart(2, "0"),
      )
      .join("");
  }

  function send(attempt) {
    if (sending) return;
    sending = true;
    form.setAttribute("aria-busy", "true");
    errorBox.textContent = "";
    progress.textContent = "Envoi des réponses…";
    saveAnswers();
    const body = JSON.stringify(submission());
    if (!sheet || sheet.body !== body) sheet = { body, key: newKey() };
    const busyRetries = typeof attempt === "number" ? attempt : 0;
    fetch(submitUrl, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "Idempotency-Key": sheet.key,
      },
      credentials: "same-origin",
      body,
    })
      .then((response) => {
        if (response.status === 201) return response.json().then(showResults);
        if (response.status === 409) {
          return response
            .json()
            .catch(() => ({}))
            .then((problem) => {
              const refusal = REFUSALS[problem.type];
              if (refusal) {
                showError(refusal, false);
                return;
              }
              // The same sheet is still being stored (a double click, a retry too early): ask again.
              if (busyRetries < 5) {
                setTimeout(() => send(busyRetries + 1), 1000);
                return;
              }
              showError(
                "Le serveur n'a pas pu enregistrer vos réponses pour le moment. Elles sont conservées\u00a0: réessayez dans un instant.",
              );
            });
        }
        showError(
          response.status >= 500
            ? "Le serveur n'a pas pu corriger vos réponses pour le moment. Elles sont conservées\u00a0: réessayez dans un instant."
            : `Le serveur a refusé ces réponses (erreur ${response.status}). Elles sont conservées\u00a0: rechargez la page, puis réessayez.`,
        );
      })
      .catch(() => {
        showError(
          "Impossible d'envoyer vos réponses\u00a0: la connexion a échoué. Elles sont conservées sur cette page\u202f; vérifiez votre connexion, puis réessayez.",
        );
      })
      .then(() => {
        sending = false;
        form.removeAttribute("aria-busy");
        if (form.getAttribute("data-state") === "open") showProgress();
      });
  }

  /** What an assignment's refusals (409) mean for the student, by problem type. */
  const REFUSALS = {
    "/problems/already-handed-in":
      "Une copie a déjà été rendue sous ce nom pour ce devoir\u00a0: la première est gardée, celle-ci n'a pas été enregistrée. Si ce n'est pas la vôtre, ajoutez l'initiale de votre nom, ou parlez-en à votre enseignant.",
    "/problems/assignment-closed":
      "Ce devoir est fermé\u00a0: il ne prend plus de copies, vos réponses n'ont pas été enregistrées. Parlez-en à votre enseignant.",
  };

  function showError(message, canRetry) {
    errorBox.textContent = "";
    errorBox.appendChild(element("p", {}, [message]));
    if (canRetry === false) return;
    const retry = element("button", { type: "button", class: "button button-secondary" }, [
      "Réessayer",
    ]);
    retry.addEventListener("click", send);
    errorBox.appendChild(retry);
  }

  /** Locks the form, marks the evidence in the article and shows the results panel. */
  function showResults(sheet) {
    form.setAttribute("data-state", "marked");
    for (const question of questions) question.fieldset.disabled = true;
    if (student) student.disabled = true;
    submitBar.hidden = true;
    // As the server renders a marked page: the progress line is empty (and hidden).
    progress.textContent = "";
    // An after-close assignment still open sends neither expected answers nor evidence.
    const withheld = sheet.results.some((result) => !result.evidence);
    if (!withheld) markEvidence(sheet.results);
    const byId = Object.create(null);
    for (const question of questions) byId[question.id] = question;
    results.textContent = "";
    results.appendChild(resultsPanel(sheet, byId, withheld));
    results.setAttribute("autofocus", "");
    document.title = `Résultats · ${document.title}`;
    try {
      sessionStorage.removeItem(storageKey);
    } catch {
      // Nothing to clean up when storage is unavailable.
    }
    results.focus();
  }

  // The question in focus in the results is the one whose passage stands out in the article.
  const articleBody = document.querySelector(".article-body");
  results.addEventListener("focusin", (event) => {
    const item = event.target.closest("li.result");
    emphasise(item ? item.id.replace(/^result-/, "") : null);
  });
  results.addEventListener("focusout", (event) => {
    if (!results.contains(event.relatedTarget)) emphasise(null);
  });

  function emphasise(questionId) {
    if (!articleBody) return;
    if (questionId) articleBody.setAttribute("data-focus-question", questionId);
    else articleBody.removeAttribute("data-focus-question");
    for (const mark of articleBody.querySelectorAll("mark.evidence")) {
      mark.classList.toggle("evidence-focus", mark.getAttribute("data-question-id") === questionId);
    }
  }

  // As src/pages/results-view.tsx.
  function resultsPanel(sheet, byId, withheld) {
    const items = [];
    for (const result of sheet.results) {
      const question = byId[result.questionId];
      if (question) items.push(resultItem(result, question, withheld));
    }
    const children = [
      element("h2", { id: "results-title" }, ["Résultats"]),
      element("p", { class: "score" }, [`${sheet.score} / ${sheet.maxScore}`]),
      element("p", { class: "score-comment" }, [
        withheld ? WITHHELD_NOTE : scoreComment(sheet.score, sheet.maxScore),
      ]),
      element("ol", { class: "result-list" }, items),
    ];
    if (restartUrl) {
      children.push(
        element("p", { class: "results-actions" }, [
          element("a", { class: "button", href: restartUrl }, ["Recommencer"]),
        ]),
      );
    }
    return element(
      "section",
      { class: "results-panel", "aria-labelledby": "results-title" },
      children,
    );
  }

  // As WITHHELD_NOTE in src/pages/results-view.tsx.
  const WITHHELD_NOTE =
    "Votre copie est enregistrée. Les réponses attendues seront visibles quand votre enseignant fermera le devoir.";

  function resultItem(result, question, withheld) {
    const given = describeGiven(question, result.given);
    const children = [
      element("h3", { class: "result-heading" }, [
        `Question ${question.number}\u00a0: `,
        element("span", { class: "verdict" }, [
          element("span", { "aria-hidden": "true" }, [result.correct ? "✓" : "✗"]),
          result.correct ? " Juste" : " Faux",
        ]),
      ]),
      element("p", { class: "result-prompt" }, promptOf(question)),
      element("p", { class: "result-given" }, [
        "Votre réponse\u00a0: ",
        given === undefined
          ? element("span", { class: "answer-text answer-none" }, ["sans réponse"])
          : element("span", { class: "answer-text" }, [given]),
      ]),
    ];
    if (withheld) {
      return element(
        "li",
        {
          class: `result ${result.correct ? "result-right" : "result-wrong"}`,
          id: `result-${question.id}`,
        },
        children,
      );
    }
    if (result.correct && typeof result.spelling === "string") {
      children.push(
        element("p", { class: "result-spelling" }, [
          "Accepté — orthographe\u00a0: ",
          element("span", { class: "answer-text" }, [result.spelling]),
        ]),
      );
    }
    if (!result.correct) {
      children.push(
        element("p", { class: "result-expected" }, [
          "Réponse attendue\u00a0: ",
          element("span", { class: "answer-text" }, [result.expected]),
        ]),
      );
    }
    children.push(
      element("p", { class: "result-evidence" }, [
        element("a", { href: `#evidence-${question.id}` }, [
          "Voir dans l'article",
          element("span", { class: "visually-hidden" }, [` (question ${question.number})`]),
        ]),
      ]),
    );
    return element(
      "li",
      {
        class: `result ${result.correct ? "result-right" : "result-wrong"}`,
        id: `result-${question.id}`,
      },
      children,
    );
  }

  /** The prompt as the page shows it, typeset by the server (ordinals in <sup>). */
  function promptOf(question) {
    const prompt = question.fieldset.querySelector(".question-prompt");
    return prompt
      ? Array.prototype.map.call(prompt.childNodes, (node) => node.cloneNode(true))
      : [];
  }

  // As describeGiven in src/pages/results-view.tsx.
  function describeGiven(question, given) {
    if (given === null || given === undefined) return undefined;
    if (typeof given === "string" && given.trim() === "") return undefined;
    if (question.type === "true_false") {
      const truth = typeof given === "boolean" ? given : given.trim().toLowerCase();
      if (truth === true || truth === "true" || truth === "vrai") return "Vrai";
      if (truth === false || truth === "false" || truth === "faux") return "Faux";
      return String(given);
    }
    if (question.type === "single_choice") {
      const id = String(given).trim();
      for (const radio of question.fieldset.querySelectorAll("input[type=radio]")) {
        if (radio.value !== id) continue;
        const label = question.fieldset.querySelector(`label[for="${radio.id}"]`);
        if (label) return label.textContent;
      }
    }
    return String(given);
  }

  // As src/pages/score-comment.ts, in the French typography the server renders it with
  // (src/core/text/french-typography.ts: U+00A0 before ":", U+202F before "!").
  function scoreComment(score, maxScore) {
    const count = `${score} ${score > 1 ? "réponses justes" : "réponse juste"} sur ${maxScore}.`;
    return `${count} ${advice(score, maxScore)}`;
  }

  function advice(score, maxScore) {
    if (maxScore === 0) return "Ce quiz n'a pas de question.";
    if (score === maxScore) return "Parfait\u00a0: tout est juste\u202f!";
    const ratio = score / maxScore;
    if (ratio >= 0.7)
      return "Très bien\u00a0: relisez les passages surlignés pour les questions manquées.";
    if (ratio >= 0.5)
      return "C'est un bon début\u00a0: les passages surlignés expliquent les réponses.";
    return "Relisez l'article\u00a0: les passages surlignés expliquent chaque réponse.";
  }

  // As ArticleView in src/pages/article-view.tsx.
  function markEvidence(sheetResults) {
    const paragraphs = Array.prototype.map.call(
      document.querySelectorAll(".article-body p[data-offset]"),
      (node) => ({
        node,
        offset: Number(node.getAttribute("data-offset")),
        text: node.textContent,
      }),
    );
    const numbers = Object.create(null);
    for (const question of questions) numbers[question.id] = question.number;
    const highlights = sheetResults.map((result) => ({
      questionId: result.questionId,
      number: numbers[result.questionId],
      correct: result.correct,
      start: result.evidence.start,
      end: result.evidence.end,
    }));
    const cut = highlightParagraphs(paragraphs, highlights);
    paragraphs.forEach((paragraph, index) => {
      paragraph.node.textContent = "";
      for (const segment of cut[index]) paragraph.node.appendChild(renderSegment(segment));
      const links = returnLinks(cut[index]);
      if (links) paragraph.node.after(links);
    });
  }

  // As ReturnLinks in src/pages/article-view.tsx.
  function returnLinks(segments) {
    const links = [];
    for (const segment of segments) {
      for (const mark of segment.marks) {
        if (!mark.first || mark.number === undefined) continue;
        links.push(
          element(
            "a",
            { href: `#result-${mark.questionId}`, "data-question-id": mark.questionId },
            [`Revenir à la question ${mark.number}`],
          ),
        );
      }
    }
    return links.length > 0 ? element("p", { class: "evidence-return" }, links) : null;
  }

  function renderSegment(segment) {
    let inner = document.createTextNode(segment.text);
    for (let index = segment.marks.length - 1; index >= 0; index -= 1) {
      const mark = segment.marks[index];
      const attributes = {
        class: `evidence ${mark.correct ? "evidence-right" : "evidence-wrong"}`,
        "data-question-id": mark.questionId,
      };
      if (mark.first) attributes.id = `evidence-${mark.questionId}`;
      if (mark.first && mark.number !== undefined) attributes["data-number"] = String(mark.number);
      inner = element("mark", attributes, [inner]);
    }
    return inner;
  }

  // As src/pages/highlight-evidence.ts, on paragraphs that know their offset.
  function highlightParagraphs(paragraphs, highlights) {
    const ordered = highlights
      .filter((highlight) => highlight.correct)
      .concat(highlights.filter((highlight) => !highlight.correct));
    const started = Object.create(null);
    return paragraphs.map((paragraph) => {
      const start = paragraph.offset;
      const end = start + paragraph.text.length;
      const inside = ordered
        .map((highlight) => ({
          highlight,
          from: Math.max(highlight.start, start),
          to: Math.min(highlight.end, end),
        }))
        .filter((piece) => piece.from < piece.to);
      const cuts = [start, end];
      for (const piece of inside) cuts.push(piece.from, piece.to);
      const unique = cuts.filter((cut, index) => cuts.indexOf(cut) === index).sort((a, b) => a - b);
      const segments = [];
      for (let index = 0; index + 1 < unique.length; index += 1) {
        const from = unique[index];
        const to = unique[index + 1];
        const marks = inside
          .filter((piece) => piece.from <= from && piece.to >= to)
          .map((piece) => {
            const id = piece.highlight.questionId;
            const first = !started[id];
            started[id] = true;
            return {
              questionId: id,
              number: piece.highlight.number,
              correct: piece.highlight.correct,
              first,
            };
          });
        segments.push({ text: paragraph.text.slice(from - start, to - start), marks });
      }
      return segments;
    });
  }

  function element(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const name of Object.keys(attributes)) node.setAttribute(name, attributes[name]);
    for (const child of children) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }
})();
