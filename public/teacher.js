/*
 * Ardoise teacher page (/teacher, src/pages/teacher-page.tsx). Signing in and out are form posts
 * to the server, which keeps the session in an HttpOnly cookie (the code itself never reaches
 * this script or page storage); signed in, this script calls the JSON API, which the cookie
 * opens: the list of quizzes, creating one from a pasted article, a quiz's class
 * results with their bar chart (GET …/results.svg, shown as a data: image, which the pages' CSP
 * allows), the exports (downloaded under the name the server gives), deleting a quiz, making
 * it public; and assignments: handing a quiz to a class (a join code), following its results
 * live (GET /api/assignments/:id/live, server-sent events read with fetch), the class sheet,
 * closing, reopening and deleting.
 *
 * The page's HTML holds no token and nothing private; everything comes from the API.
 */
(() => {
  const root = document.getElementById("teacher");
  if (!root || typeof window.fetch !== "function") return;

  const MIN_TEXT = 200;
  const MAX_TEXT = 50000;
  const MAX_TITLE = 200;
  const FIELD_NAMES = {
    text: "Texte de l'article",
    title: "Titre",
    questionCount: "Nombre de questions",
    language: "Langue",
  };
  const FIELD_INPUTS = { text: "article", title: "quiz-title", questionCount: "question-count" };
  /** Quizzes per page of the list; « Plus de quiz » shows the next ones. */
  const PAGE_SIZE = 20;

  const shipped = new Set(JSON.parse(root.getAttribute("data-shipped-ids") || "[]"));
  const $ = (id) => document.getElementById(id);
  const status = $("status");
  const workspace = $("workspace");
  const createForm = $("create-form");
  const createError = $("create-error");
  const created = $("created");
  const list = $("quiz-list");
  const listEmpty = $("list-empty");
  const searchInput = $("search");
  const moreBox = $("more-box");
  const detail = $("detail");
  const detailTitle = $("detail-title");
  const chartBox = $("chart-box");
  const ratesBody = document.querySelector("#rates tbody");

  const assignForm = $("assign-form");
  const assignError = $("assign-error");
  const assignmentList = $("assignment-list");
  const assignmentPanel = $("assignment");

  /** The quiz shown in the detail section: { id, title, public }. */
  let current = null;
  /** The assignment shown, and the live stream's controller: { id, label, live }. */
  let assignment = null;
  /** The list as shown: the search it answers and where its next page starts (null: none). */
  let listed = { search: "", nextCursor: null };
  /** Signed in: the server rendered the workspace, the session cookie opens the API. */
  let signedIn = root.getAttribute("data-signed-in") === "true";
  // Signed out, the server's sign-in form works on its own.
  if (!signedIn) return;
  showWorkspace();
  createForm.addEventListener("submit", (event) => {
    event.preventDefault();
    createQuiz();
  });
  $("copy-url").addEventListener("click", copyUrl);
  $("review-created").addEventListener("click", () => {
    if (createdQuiz) openQuiz(createdQuiz.id, createdQuiz.title);
  });
  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    loadList(searchInput.value.trim()).then((shown) => {
      if (shown !== null) say(listSummary(shown));
    });
  });
  $("more-quizzes").addEventListener("click", loadMore);
  list.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-quiz-id]");
    if (button) {
      openQuiz(
        button.getAttribute("data-quiz-id"),
        button.getAttribute("data-title"),
        button.getAttribute("data-public") === "true",
      );
    }
  });
  $("refresh").addEventListener("click", () => {
    if (current) loadResults(current.id).then(() => say("Résultats actualisés."));
  });
  detail.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-format]");
    if (button && current) download(current.id, button.getAttribute("data-format"));
  });
  $("delete-quiz").addEventListener("click", deleteQuiz);
  $("toggle-public").addEventListener("click", togglePublic);
  assignForm.addEventListener("submit", (event) => {
    event.preventDefault();
    createAssignment();
  });
  assignmentList.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-assignment-id]");
    if (button) openAssignment(button.getAttribute("data-assignment-id"));
  });
  $("close-assignment").addEventListener("click", () => changeAssignment("close"));
  $("reopen-assignment").addEventListener("click", () => changeAssignment("reopen"));
  $("delete-assignment").addEventListener("click", deleteAssignment);
  assignmentPanel.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-sheet]");
    if (button && assignment) {
      downloadFrom(
        `/api/assignments/${encodeURIComponent(assignment.id)}/sheet?format=${button.getAttribute("data-sheet")}`,
      );
    }
  });

  // --- Session -------------------------------------------------------------------------------

  function showWorkspace() {
    workspace.hidden = false;
    loadList();
    loadAssignments();
  }

  /** The session ended (expired, or the code changed on the server): sign in again. */
  function signOut() {
    signedIn = false;
    stopLive();
    window.location.assign("/teacher");
  }

  function headers() {
    return { Accept: "application/json" };
  }

  /**
   * A teacher request. A refusal (401: the session expired, or the code changed) signs out;
   * no answer at all is reported. Resolves to the response, or null when already handled.
   */
  async function api(path, options = {}) {
    let response;
    try {
      response = await fetch(path, {
        ...options,
        headers: { ...headers(), ...(options.headers || {}) },
      });
    } catch {
      say("Le serveur ne répond pas. Vérifiez la connexion et réessayez.");
      return null;
    }
    if (response.status === 401) {
      signOut();
      return null;
    }
    return response;
  }

  // --- Messages ------------------------------------------------------------------------------

  function say(message) {
    // Emptied first, so that the same message twice is announced twice.
    status.textContent = "";
    window.setTimeout(() => {
      status.textContent = message;
    }, 50);
  }

  function clear(element) {
    while (element.firstChild) element.removeChild(element.firstChild);
  }

  /**
   * The problem details of a failed response, or what can be said without them. Their language
   * is the response's Content-Language: English unless the server says otherwise (it writes a
   * refused article's language in French).
   */
  async function readProblem(response) {
    const type = response.headers.get("Content-Type") || "";
    if (type.includes("json")) {
      try {
        const body = await response.json();
        return {
          detail: typeof body.detail === "string" ? body.detail : "",
          errors: Array.isArray(body.errors) ? body.errors : [],
          lang: response.headers.get("Content-Language") || "en",
        };
      } catch {
        // Not JSON after all: fall through.
      }
    }
    return { detail: `Erreur ${response.status}.`, errors: [], lang: "fr" };
  }

  /**
   * Shows messages in an error box (role="alert"): French ones first, then the server's own
   * problem details, marked with their language for screen readers.
   */
  function showErrors(box, messages, problem = null) {
    clear(box);
    const panel = element("div", { class: "form-error-panel" });
    for (const message of messages) panel.append(element("p", {}, message));
    if (problem) {
      if (problem.detail) panel.append(element("p", { lang: problem.lang }, problem.detail));
      if (problem.errors.length > 0) {
        const items = element("ul");
        for (const error of problem.errors) {
          const field = FIELD_NAMES[error.path.split(".")[0]];
          const item = element("li");
          if (field) item.append(element("strong", {}, `${field} : `));
          item.append(element("span", { lang: "en" }, error.message));
          items.append(item);
        }
        panel.append(items);
      }
    }
    box.append(panel);
  }

  function element(tag, attributes = {}, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // --- Quizzes -------------------------------------------------------------------------------

  /** A page of the list, { quizzes, nextCursor }, or null when it could not be had (said). */
  async function fetchQuizzes({ search = "", cursor = null, limit = PAGE_SIZE } = {}) {
    const query = new URLSearchParams({ limit: String(limit) });
    if (search) query.set("q", search);
    if (cursor) query.set("cursor", cursor);
    try {
      // Signed in, the list holds the quizzes not public, and the drafts, too.
      const response = await fetch(`/api/quizzes?${query}`, { headers: headers() });
      if (response.ok) return await response.json();
    } catch {
      // Reported below.
    }
    say("La liste des quiz n'a pas pu être chargée. Réessayez dans un instant.");
    return null;
  }

  /**
   * Shows the first page of the quizzes whose title holds every word of `search` (all of them
   * when empty). Resolves to how many are shown, or null when the list could not be loaded.
   */
  async function loadList(search = listed.search) {
    const page = await fetchQuizzes({ search });
    if (!page) return null;
    clear(list);
    listed = { search, nextCursor: page.nextCursor };
    listEmpty.textContent = search
      ? `Aucun quiz ne correspond à « ${search} ».`
      : "Aucun quiz pour l'instant.";
    listEmpty.hidden = page.quizzes.length > 0;
    const select = $("assign-quiz");
    const chosen = select.value;
    clear(select);
    appendQuizzes(page.quizzes, chosen);
    moreBox.hidden = page.nextCursor === null;
    return page.quizzes.length;
  }

  /** « Plus de quiz »: the next page, after those shown; the focus goes to the first one added. */
  async function loadMore() {
    if (!listed.nextCursor) return;
    const page = await fetchQuizzes({ search: listed.search, cursor: listed.nextCursor });
    if (!page) return;
    listed = { ...listed, nextCursor: page.nextCursor };
    const added = appendQuizzes(page.quizzes);
    moreBox.hidden = page.nextCursor === null;
    added[0]?.querySelector("a")?.focus();
    // "quiz" is the same in the plural.
    const last = page.nextCursor === null;
    say(`${page.quizzes.length} quiz de plus${last ? " : ce sont les derniers." : "."}`);
  }

  function listSummary(count) {
    if (count === 0) return listEmpty.textContent;
    const found = count > 1 ? "trouvés" : "trouvé";
    return listed.nextCursor === null
      ? `${count} quiz ${found}.`
      : `${count} premiers quiz affichés ; « Plus de quiz » montre les suivants.`;
  }

  /**
   * Adds the quizzes to the list, each with its button, and to the choices of the assignment
   * form (which offers the quizzes listed); returns the items added.
   */
  function appendQuizzes(quizzes, chosen = $("assign-quiz").value) {
    const select = $("assign-quiz");
    for (const quiz of quizzes) {
      const option = element("option", { value: quiz.id }, quiz.title);
      if (quiz.id === chosen) option.selected = true;
      select.append(option);
    }
    return quizzes.map((quiz) => {
      const item = element("li", { "data-quiz-id": quiz.id });
      const text = element("p", { class: "teacher-quiz-title" });
      text.append(
        element("a", { href: studentPath(quiz.id) }, quiz.title),
        element(
          "span",
          { class: "hint" },
          ` · ${plural(quiz.questionCount, "question")}${quiz.public ? "" : " · non publié"}`,
        ),
      );
      if (quiz.published === false)
        text.append(" ", element("span", { class: "badge" }, "brouillon"));
      const button = element("button", {
        type: "button",
        class: "button button-secondary",
        "data-quiz-id": quiz.id,
        "data-title": quiz.title,
        "data-public": String(quiz.public),
        "aria-controls": "detail",
      });
      button.append(
        "Relecture, résultats et exports",
        element("span", { class: "visually-hidden" }, ` : ${quiz.title}`),
      );
      item.append(text, button);
      list.append(item);
      return item;
    });
  }

  function studentPath(id) {
    return `/quizzes/${encodeURIComponent(id)}`;
  }

  function plural(count, word) {
    return `${count} ${count > 1 ? `${word}s` : word}`;
  }

  /** Checks the form as the API would, in French; the API checks again. */
  function formErrors(body) {
    const errors = [];
    if (body.text.length < MIN_TEXT) {
      errors.push([
        "text",
        `Le texte de l'article doit faire au moins ${MIN_TEXT} caractères (il en fait ${body.text.length}) : collez l'article entier.`,
      ]);
    } else if (body.text.length > MAX_TEXT) {
      errors.push(["text", "Le texte de l'article doit faire au plus 50 000 caractères."]);
    }
    if (body.title !== undefined && body.title.length > MAX_TITLE) {
      errors.push(["title", `Le titre doit faire au plus ${MAX_TITLE} caractères.`]);
    }
    const count = body.questionCount;
    if (!Number.isInteger(count) || count < 5 || count > 20) {
      errors.push([
        "questionCount",
        "Le nombre de questions doit être un nombre entier de 5 à 20.",
      ]);
    }
    return errors;
  }

  function markInvalid(paths) {
    for (const [path, id] of Object.entries(FIELD_INPUTS)) {
      const input = $(id);
      if (paths.includes(path)) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
    const first = Object.keys(FIELD_INPUTS).find((path) => paths.includes(path));
    if (first) $(FIELD_INPUTS[first]).focus();
  }

  let creating = false;
  /** The quiz just created, for "Relire les questions". */
  let createdQuiz = null;

  async function createQuiz() {
    if (creating) return;
    const title = $("quiz-title").value.trim();
    const countText = $("question-count").value.trim();
    const body = {
      text: $("article").value.trim(),
      ...(title ? { title } : {}),
      questionCount: countText === "" ? 10 : Number(countText),
      ...($("quiz-public").checked ? { public: true } : {}),
      // A draft: students cannot open it until the teacher has reviewed and published it.
      published: false,
    };
    clear(createError);
    created.hidden = true;
    const errors = formErrors(body);
    if (errors.length > 0) {
      showErrors(
        createError,
        errors.map(([, message]) => message),
      );
      markInvalid(errors.map(([path]) => path));
      return;
    }
    markInvalid([]);
    creating = true;
    const submit = createForm.querySelector("button[type=submit]");
    submit.disabled = true;
    say("Création du quiz en cours…");
    try {
      const response = await api("/api/quizzes", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      if (!response) return;
      if (!response.ok) {
        const problem = await readProblem(response);
        showErrors(createError, ["Le quiz n'a pas été créé :"], problem);
        markInvalid(problem.errors.map((error) => error.path.split(".")[0]));
        say("Le quiz n'a pas été créé.");
        return;
      }
      const quiz = await response.json();
      showCreated(quiz);
      createForm.reset();
      // The whole list again, so that the new quiz shows, first of those created.
      searchInput.value = "";
      await loadList("");
    } finally {
      creating = false;
      submit.disabled = false;
    }
  }

  function showCreated(quiz) {
    const path = studentPath(quiz.id);
    $("created-summary").textContent =
      `Quiz créé en brouillon : « ${quiz.title} », ${plural(quiz.questions.length, "question")}. Relisez les questions, puis publiez-le : les élèves ne peuvent pas l'ouvrir avant.`;
    createdQuiz = { id: quiz.id, title: quiz.title };
    $("created-url").value = new URL(path, window.location.href).href;
    $("created-link").setAttribute("href", path);
    created.hidden = false;
    created.focus();
    say(`Quiz créé : « ${quiz.title} ».`);
  }

  async function copyUrl() {
    const input = $("created-url");
    try {
      await navigator.clipboard.writeText(input.value);
    } catch {
      // No clipboard API, or no permission: select the address for the teacher to copy.
      input.focus();
      input.select();
      say("Le lien est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C).");
      return;
    }
    say("Lien copié.");
  }

  // --- One quiz ------------------------------------------------------------------------------

  async function openQuiz(id, title, isPublic) {
    current = { id, title, public: isPublic };
    detailTitle.textContent = title;
    $("detail-link").setAttribute("href", studentPath(id));
    const removable = !shipped.has(id);
    $("delete-box").hidden = !removable;
    $("visibility-box").hidden = !removable;
    showVisibility();
    $("shipped-note").hidden = removable;
    clear(chartBox);
    clear(ratesBody);
    detail.hidden = false;
    detailTitle.focus();
    await loadReview(id);
    await loadResults(id);
  }

  async function loadResults(id) {
    const [results, chart] = await Promise.all([
      api(`/api/quizzes/${encodeURIComponent(id)}/results?limit=1`),
      api(`/api/quizzes/${encodeURIComponent(id)}/results.svg`),
    ]);
    if (!results || !chart || current?.id !== id) return;
    if (!results.ok || !chart.ok) {
      const problem = await readProblem(results.ok ? chart : results);
      say(`Les résultats n'ont pas pu être chargés : ${problem.detail}`);
      return;
    }
    showResults(await results.json(), await chart.text());
  }

  function showResults(results, svg) {
    showStats("stat", results);

    clear(chartBox);
    const image = element("img", {
      src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
      alt:
        results.submissions === 0
          ? "Diagramme en barres vide : aucune copie rendue pour l'instant."
          : "Diagramme en barres des taux de bonnes réponses par question, détaillés dans le tableau qui suit.",
      class: "chart-image",
    });
    chartBox.append(image);

    showRates(ratesBody, results.questions, true);
  }

  /** Copies, mean and median into `#<prefix>-submissions`, `-mean` and `-median`. */
  function showStats(prefix, results) {
    const format = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
    const score = (value) =>
      value === null ? "—" : `${format.format(value)} / ${results.maxScore}`;
    $(`${prefix}-submissions`).textContent = String(results.submissions);
    $(`${prefix}-mean`).textContent = score(results.meanScore);
    $(`${prefix}-median`).textContent = score(results.medianScore);
  }

  /**
   * One row per question: number, prompt, right-answer rate; with `withCommonWrong`, the
   * commonest wrong answers and "accept this answer" (the quiz's results, not a class's).
   */
  function showRates(body, questions, withCommonWrong = false) {
    clear(body);
    questions.forEach((question, index) => {
      const row = element("tr", { "data-question-id": question.questionId });
      row.append(
        element("th", { scope: "row" }, `Q${index + 1}`),
        element("td", {}, question.prompt),
        element("td", { class: "rate" }, formatRate(question.correctRate)),
      );
      if (withCommonWrong) row.append(commonWrongCell(question, index));
      body.append(row);
    });
  }

  /** As src/pages/results-chart.tsx writes rates: `83 %`, `—` without submissions. */
  function formatRate(rate) {
    return rate === null ? "—" : `${Math.round(rate * 100)}\u00a0%`;
  }

  function download(id, format) {
    return downloadFrom(
      `/api/quizzes/${encodeURIComponent(id)}/export?format=${encodeURIComponent(format)}`,
    );
  }

  async function downloadFrom(path) {
    say("Préparation du fichier…");
    const response = await api(path);
    if (!response) return;
    if (!response.ok) {
      const problem = await readProblem(response);
      say(`L'export a échoué : ${problem.detail}`);
      return;
    }
    const name = fileName(response.headers.get("Content-Disposition")) || "ardoise-export";
    const url = URL.createObjectURL(await response.blob());
    const link = element("a", { href: url, download: name, hidden: "" });
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started by then; the blob can go.
    window.setTimeout(() => URL.revokeObjectURL(url), 60000);
    say(`Fichier « ${name} » téléchargé.`);
  }

  /** `attachment; filename="x.csv"` (or RFC 5987's `filename*=UTF-8''x.csv`) → `x.csv`. */
  function fileName(disposition) {
    if (!disposition) return "";
    const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
    if (extended) {
      try {
        return decodeURIComponent(extended[1]);
      } catch {
        // Badly encoded: try the plain parameter.
      }
    }
    const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(disposition);
    return plain ? (plain[1] ?? plain[2]).trim() : "";
  }

  async function deleteQuiz() {
    if (!current) return;
    const { id, title } = current;
    const sure = window.confirm(
      `Supprimer le quiz « ${title} » et toutes ses copies ? Cette action est définitive.`,
    );
    if (!sure) return;
    const response = await api(`/api/quizzes/${encodeURIComponent(id)}`, { method: "DELETE" });
    if (!response) return;
    if (!response.ok) {
      const problem = await readProblem(response);
      say(`Le quiz n'a pas été supprimé : ${problem.detail}`);
      return;
    }
    current = null;
    detail.hidden = true;
    await loadList();
    $("list-title").focus();
    say(`Quiz « ${title} » supprimé.`);
  }

  function showVisibility() {
    if (!current) return;
    $("visibility-state").textContent = current.public
      ? "Publié : le quiz figure dans la liste des quiz des élèves."
      : "Non publié : les élèves n'atteignent le quiz que par son lien ou le code d'un devoir.";
    $("toggle-public").textContent = current.public
      ? "Retirer de la liste"
      : "Publier dans la liste";
  }

  async function togglePublic() {
    if (!current) return;
    const wanted = !current.public;
    const response = await api(`/api/quizzes/${encodeURIComponent(current.id)}/visibility`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ public: wanted }),
    });
    if (!response) return;
    if (!response.ok) {
      const problem = await readProblem(response);
      say(`La visibilité n'a pas changé : ${problem.detail}`);
      return;
    }
    current.public = wanted;
    showVisibility();
    await loadList();
    say(wanted ? "Quiz publié dans la liste." : "Quiz retiré de la liste.");
  }

  // --- Assignments ---------------------------------------------------------------------------

  const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short" });

  function assignmentState(item) {
    if (item.closed) return "fermé";
    return item.closesAt ? `ouvert jusqu'au ${dateTime.format(new Date(item.closesAt))}` : "ouvert";
  }

  async function loadAssignments() {
    const response = await api("/api/assignments");
    if (!response) return;
    if (!response.ok) {
      say("La liste des devoirs n'a pas pu être chargée.");
      return;
    }
    const { assignments } = await response.json();
    clear(assignmentList);
    $("assignments-empty").hidden = assignments.length > 0;
    for (const item of assignments) {
      const entry = element("li", { "data-assignment-id": item.id });
      const text = element("p", { class: "teacher-quiz-title" });
      text.append(
        element("strong", {}, item.label),
        element(
          "span",
          { class: "hint" },
          ` · ${item.quizTitle} · code ${item.joinCode} · ${plural(item.submissions, "copie")} · ${assignmentState(item)}`,
        ),
      );
      const button = element("button", {
        type: "button",
        class: "button button-secondary",
        "data-assignment-id": item.id,
        "aria-controls": "assignment",
      });
      button.append("Suivre", element("span", { class: "visually-hidden" }, ` : ${item.label}`));
      entry.append(text, button);
      assignmentList.append(entry);
    }
  }

  let assigning = false;

  async function createAssignment() {
    if (assigning) return;
    const label = $("assign-label").value.trim();
    const closes = $("assign-closes").value;
    const feedback = assignForm.querySelector("input[name=feedback]:checked")?.value;
    clear(assignError);
    const errors = [];
    if (label === "") errors.push("Indiquez la classe ou la séance (par exemple « 4e B »).");
    let closesAt;
    if (closes) {
      // datetime-local is the teacher's local time; the API wants an instant.
      const date = new Date(closes);
      if (Number.isNaN(date.getTime()) || date.getTime() <= Date.now()) {
        errors.push("L'heure de fermeture doit être dans le futur.");
      } else closesAt = date.toISOString();
    }
    if (errors.length > 0) {
      showErrors(assignError, errors);
      return;
    }
    assigning = true;
    try {
      const response = await api("/api/assignments", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          quizId: $("assign-quiz").value,
          label,
          feedback,
          ...(closesAt ? { closesAt } : {}),
        }),
      });
      if (!response) return;
      if (!response.ok) {
        showErrors(assignError, ["Le devoir n'a pas été créé :"], await readProblem(response));
        return;
      }
      const created = await response.json();
      assignForm.reset();
      await loadAssignments();
      say(`Devoir créé : code ${created.joinCode}.`);
      await openAssignment(created.id);
    } finally {
      assigning = false;
    }
  }

  async function openAssignment(id) {
    const response = await api(`/api/assignments/${encodeURIComponent(id)}`);
    if (!response) return;
    if (!response.ok) {
      say(`Le devoir n'a pas pu être ouvert : ${(await readProblem(response)).detail}`);
      return;
    }
    const item = await response.json();
    stopLive();
    assignment = { id: item.id, label: item.label, live: null };
    showAssignment(item);
    clear($("live-recent"));
    clear(document.querySelector("#live-rates tbody"));
    clear(document.querySelector("#class-sheet thead"));
    clear(document.querySelector("#class-sheet tbody"));
    assignmentPanel.hidden = false;
    $("assignment-title").focus();
    follow(item.id);
  }

  function showAssignment(item) {
    $("assignment-title").textContent = `Devoir « ${item.label} »`;
    $("assignment-quiz").textContent = `${item.quizTitle} · correction ${
      item.feedback === "immediate" ? "tout de suite" : "à la fermeture"
    }`;
    $("assignment-code").textContent = item.joinCode;
    const link = $("assignment-link");
    link.textContent = new URL(item.joinUrl, window.location.href).href;
    link.setAttribute("href", item.joinUrl);
    showClosed(item.closed, item.closesAt);
  }

  function showClosed(closed, closesAt) {
    $("assignment-state").textContent = closed
      ? "Fermé : le devoir ne prend plus de copies."
      : closesAt
        ? `Ouvert jusqu'au ${dateTime.format(new Date(closesAt))}.`
        : "Ouvert : les élèves peuvent rendre leur copie.";
    $("close-assignment").hidden = closed;
    $("reopen-assignment").hidden = !closed;
  }

  async function changeAssignment(action) {
    if (!assignment) return;
    const response = await api(`/api/assignments/${encodeURIComponent(assignment.id)}/${action}`, {
      method: "POST",
    });
    if (!response) return;
    if (!response.ok) {
      say(`Le devoir n'a pas changé : ${(await readProblem(response)).detail}`);
      return;
    }
    const item = await response.json();
    showAssignment(item);
    await loadAssignments();
    say(action === "close" ? "Devoir fermé." : "Devoir rouvert.");
  }

  async function deleteAssignment() {
    if (!assignment) return;
    const { id, label } = assignment;
    const sure = window.confirm(
      `Supprimer le devoir « ${label} » et toutes ses copies ? Cette action est définitive.`,
    );
    if (!sure) return;
    const response = await api(`/api/assignments/${encodeURIComponent(id)}`, { method: "DELETE" });
    if (!response) return;
    if (!response.ok) {
      say(`Le devoir n'a pas été supprimé : ${(await readProblem(response)).detail}`);
      return;
    }
    stopLive();
    assignment = null;
    assignmentPanel.hidden = true;
    await loadAssignments();
    $("assignments-title").focus();
    say(`Devoir « ${label} » supprimé.`);
  }

  // --- Live results ----------------------------------------------------------------------------

  function stopLive() {
    if (assignment?.live) assignment.live.abort();
    if (assignment) assignment.live = null;
  }

  /**
   * Reads the server-sent events of /live with fetch, and
   * reconnects a second after the stream ends or drops, as EventSource would.
   */
  async function follow(id) {
    const controller = new AbortController();
    if (assignment?.id !== id) return;
    assignment.live = controller;
    $("live-state").textContent = "· connexion…";
    try {
      const response = await fetch(`/api/assignments/${encodeURIComponent(id)}/live`, {
        headers: { ...headers(), Accept: "text/event-stream" },
        signal: controller.signal,
      });
      if (response.status === 401) {
        signOut("Le jeton a été refusé : reconnectez-vous.");
        return;
      }
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      $("live-state").textContent = "· en direct";
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          onEvent(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
        }
      }
    } catch {
      if (controller.signal.aborted) return;
    }
    if (controller.signal.aborted || assignment?.live !== controller) return;
    $("live-state").textContent = "· reconnexion…";
    window.setTimeout(() => {
      if (assignment?.live === controller) follow(id);
    }, 1000);
  }

  function onEvent(block) {
    let event = "message";
    const data = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) event = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
    }
    if (event === "deleted") {
      stopLive();
      assignmentPanel.hidden = true;
      loadAssignments();
      say("Ce devoir a été supprimé.");
      return;
    }
    if (event !== "results" || data.length === 0) return;
    try {
      showLive(JSON.parse(data.join("\n")));
    } catch {
      // A garbled event: the next one brings the figures again.
    }
  }

  function showLive(results) {
    showStats("live", results);
    $("assignment-state").setAttribute("data-closed", String(results.closed));
    $("close-assignment").hidden = results.closed;
    $("reopen-assignment").hidden = !results.closed;

    const recent = $("live-recent");
    clear(recent);
    for (const sheet of results.recent) {
      recent.append(
        element(
          "li",
          {},
          `${sheet.student ?? "Anonyme"} · ${sheet.score} / ${sheet.maxScore} · ${dateTime.format(new Date(sheet.createdAt))}`,
        ),
      );
    }
    if (results.recent.length === 0)
      recent.append(element("li", {}, "Aucune copie pour l'instant."));

    showRates(document.querySelector("#live-rates tbody"), results.questions);
    showClassSheet(results);
  }

  /** One row per student, sorted by name (as the server sends them): the class sheet. */
  function showClassSheet(results) {
    const head = document.querySelector("#class-sheet thead");
    const body = document.querySelector("#class-sheet tbody");
    clear(head);
    clear(body);
    const header = element("tr");
    header.append(
      element("th", { scope: "col" }, "Élève"),
      element("th", { scope: "col" }, "Note"),
    );
    results.questions.forEach((question, index) => {
      header.append(element("th", { scope: "col", title: question.prompt }, `Q${index + 1}`));
    });
    header.append(element("th", { scope: "col" }, "Rendu"));
    head.append(header);
    for (const student of results.students) {
      const row = element("tr");
      row.append(
        element("th", { scope: "row" }, student.name),
        element("td", { class: "rate" }, `${student.score} / ${student.maxScore}`),
      );
      for (const mark of student.marks) {
        const cell = element("td", { class: mark.correct ? "mark-right" : "mark-wrong" });
        cell.append(
          element("span", { "aria-hidden": "true" }, mark.correct ? "✓" : "✗"),
          element("span", { class: "visually-hidden" }, mark.correct ? "juste" : "faux"),
        );
        row.append(cell);
      }
      row.append(element("td", {}, dateTime.format(new Date(student.submittedAt))));
      body.append(row);
    }
  }
  // --- Review: the questions of one quiz -----------------------------------------------------

  const TYPE_LABELS = {
    single_choice: "Choix unique",
    true_false: "Vrai ou faux",
    short_answer: "Réponse courte",
  };
  /** Where the API's errors[].path lands in an editor: the field it names. */
  const EDITOR_FIELDS = ["type", "prompt", "options", "answer", "accepted", "evidence"];
  const reviewList = $("review-list");
  const addEditor = $("add-editor");
  const addButton = $("add-question");

  /** The quiz under review: { quiz (key view + published, revision), shipped, sheets }. */
  let review = null;
  let editorCount = 0;

  $("publish").addEventListener("click", publishQuiz);
  $("copy-quiz").addEventListener("click", copyQuiz);
  addButton.addEventListener("click", () => {
    const open = addEditor.hidden;
    addEditor.hidden = !open;
    addButton.setAttribute("aria-expanded", String(open));
    clear(addEditor);
    if (open) {
      const form = editorForm(null);
      addEditor.append(form);
      form.querySelector("select, textarea, input").focus();
    }
  });
  $("history").addEventListener("toggle", () => {
    if ($("history").open && review) loadHistory(review.quiz.id);
  });

  function quizPath(id, rest = "") {
    return `/api/quizzes/${encodeURIComponent(id)}${rest}`;
  }

  async function loadReview(id) {
    const [key, results] = await Promise.all([
      api(quizPath(id, "/key")),
      api(quizPath(id, "/results?limit=1")),
    ]);
    if (!key || !results || current?.id !== id) return;
    if (!key.ok || !results.ok) {
      const problem = await readProblem(key.ok ? results : key);
      say(`Le quiz n'a pas pu être chargé : ${problem.detail}`);
      return;
    }
    review = {
      quiz: await key.json(),
      shipped: shipped.has(id),
      sheets: (await results.json()).submissions,
      alternatives: null,
    };
    renderReview();
  }

  /** Structural changes are possible on a created quiz nobody has answered yet. */
  function canRestructure() {
    return review && !review.shipped && review.sheets === 0;
  }

  function renderReview(focusSelector) {
    const { quiz, shipped: isShipped, sheets } = review;
    $("review-state").textContent = quiz.published
      ? "Publié : les élèves peuvent ouvrir ce quiz."
      : "Brouillon : les élèves ne peuvent pas encore ouvrir ce quiz.";
    $("review-state").className = quiz.published ? "state state-published" : "state state-draft";
    $("publish").hidden = quiz.published || isShipped;
    const locked = isShipped || sheets > 0;
    $("review-locked").hidden = !locked;
    $("review-locked-text").textContent = isShipped
      ? "Ce quiz est fourni avec Ardoise : il ne peut pas être modifié. Copiez-le pour en faire un brouillon modifiable."
      : `${sheets > 1 ? `${sheets} élèves ont` : "Un élève a"} déjà répondu : les énoncés, les choix, l'ordre et la liste des questions ne changent plus. Vous pouvez encore corriger les réponses attendues (les copies sont alors recorrigées), ou copier le quiz pour le modifier.`;
    $("add-box").hidden = !canRestructure();

    const articleBox = $("review-article");
    clear(articleBox);
    articleBox.append(element("p", { class: "review-article-title" }, quiz.article.title));
    for (const paragraph of quiz.article.paragraphs) articleBox.append(element("p", {}, paragraph));

    clear(reviewList);
    quiz.questions.forEach((question, index) => {
      reviewList.append(questionItem(question, index));
    });
    if (focusSelector) reviewList.querySelector(focusSelector)?.focus();
  }

  function questionItem(question, index) {
    const count = review.quiz.questions.length;
    const item = element("li", { class: "review-question", "data-question-id": question.id });
    const heading = element("h5", { id: `rq-${question.id}` });
    heading.append(
      `Question ${index + 1}`,
      element("span", { class: "hint" }, ` · ${TYPE_LABELS[question.type]} · ${question.id}`),
    );
    item.append(heading, element("p", { class: "review-prompt" }, question.prompt));
    item.append(keyDescription(question));
    const quote = element("blockquote", { class: "review-evidence" });
    quote.append(
      element("span", { class: "visually-hidden" }, "Justification : "),
      question.evidence.text,
    );
    item.append(quote);

    const name = ` la question ${index + 1}`;
    const tools = element("div", {
      class: "review-tools",
      role: "group",
      "aria-labelledby": `rq-${question.id}`,
    });
    const tool = (label, action, extra = {}) => {
      const button = element("button", {
        type: "button",
        class: "button button-secondary",
        "data-action": action,
        ...extra,
      });
      button.append(label, element("span", { class: "visually-hidden" }, name));
      button.addEventListener("click", () => runTool(action, question, item));
      tools.append(button);
      return button;
    };
    if (!review.shipped) tool("Modifier", "edit");
    if (canRestructure()) {
      if (index > 0) tool("Monter", "up");
      if (index < count - 1) tool("Descendre", "down");
      tool("Remplacer", "swap", { "aria-expanded": "false" });
      tool("Supprimer", "delete");
    }
    item.append(tools, element("div", { class: "review-panel", hidden: "" }));
    return item;
  }

  /** The key in words: the options with the right one marked, Vrai/Faux, or the forms. */
  function keyDescription(question) {
    if (question.type === "single_choice") {
      const list = element("ul", { class: "review-options" });
      for (const option of question.options) {
        const right = option.id === question.answer;
        const entry = element("li", right ? { class: "right" } : {}, option.text);
        if (right) entry.append(element("strong", {}, " — bonne réponse"));
        list.append(entry);
      }
      return list;
    }
    if (question.type === "true_false") {
      return element("p", {}, `Réponse attendue : ${question.answer ? "Vrai" : "Faux"}`);
    }
    const box = element("p", {}, `Réponse attendue : ${question.answer}`);
    const others = (question.accepted || []).filter((form) => form !== question.answer);
    if (others.length > 0) box.append(element("br"), `Aussi acceptées : ${others.join(" ; ")}`);
    return box;
  }

  async function runTool(action, question, item) {
    const panel = item.querySelector(".review-panel");
    const id = review.quiz.id;
    if (action === "edit") {
      clear(panel);
      panel.hidden = false;
      const form = editorForm(question, panel);
      panel.append(form);
      form.querySelector("textarea, input, select").focus();
    } else if (action === "up" || action === "down") {
      const ids = review.quiz.questions.map((entry) => entry.id);
      const index = ids.indexOf(question.id);
      const other = action === "up" ? index - 1 : index + 1;
      [ids[index], ids[other]] = [ids[other], ids[index]];
      const changed = await send("PUT", quizPath(id, "/order"), { questionIds: ids });
      if (changed) {
        review.quiz = changed;
        // Keyboard users keep their place: on the same button of the moved question, or the
        // other one when it has gone (first or last place).
        const selector = `li[data-question-id="${question.id}"] button[data-action="${action}"]`;
        const fallback = `li[data-question-id="${question.id}"] button[data-action="${action === "up" ? "down" : "up"}"]`;
        renderReview();
        (reviewList.querySelector(selector) || reviewList.querySelector(fallback))?.focus();
        say(`Question déplacée en position ${other + 1}.`);
      }
    } else if (action === "delete") {
      const sure = window.confirm(`Supprimer la question « ${question.prompt} » ?`);
      if (!sure) return;
      const changed = await send(
        "DELETE",
        quizPath(id, `/questions/${encodeURIComponent(question.id)}`),
      );
      if (changed) {
        review.quiz = changed;
        renderReview();
        $("review-questions-title").setAttribute("tabindex", "-1");
        $("review-questions-title").focus();
        say("Question supprimée.");
        loadResults(id);
      }
    } else if (action === "swap") {
      const button = item.querySelector('button[data-action="swap"]');
      const open = panel.hidden || !panel.classList.contains("swap-panel");
      clear(panel);
      panel.classList.toggle("swap-panel", open);
      panel.hidden = !open;
      button.setAttribute("aria-expanded", String(open));
      if (open) await showAlternatives(question, panel);
    }
  }

  async function showAlternatives(question, panel) {
    if (!review.alternatives) {
      const response = await api(quizPath(review.quiz.id, "/alternatives"));
      if (!response) return;
      if (!response.ok) {
        say(
          `Les autres questions n'ont pas pu être chargées : ${(await readProblem(response)).detail}`,
        );
        return;
      }
      review.alternatives = (await response.json()).alternatives;
    }
    const titleId = `alt-title-${question.id}`;
    panel.append(
      element(
        "h6",
        { id: titleId, tabindex: "-1" },
        "Autres questions proposées par le générateur",
      ),
    );
    if (review.alternatives.length === 0) {
      panel.append(element("p", {}, "Le générateur n'a pas d'autre question à proposer."));
    }
    const list = element("ol", { class: "alternative-list", "aria-labelledby": titleId });
    for (const alternative of review.alternatives) {
      const entry = element("li");
      entry.append(
        element("p", { class: "review-prompt" }, alternative.prompt),
        keyDescription(alternative),
        element("blockquote", { class: "review-evidence" }, alternative.evidence.text),
      );
      const choose = element(
        "button",
        { type: "button", class: "button" },
        "Utiliser cette question",
      );
      choose.append(element("span", { class: "visually-hidden" }, ` : ${alternative.prompt}`));
      choose.addEventListener("click", () => swap(question, alternative));
      entry.append(choose);
      list.append(entry);
    }
    panel.append(list);
    panel.querySelector("h6").focus();
  }

  async function swap(question, alternative) {
    const changed = await send(
      "POST",
      quizPath(review.quiz.id, `/questions/${encodeURIComponent(question.id)}/swap`),
      { alternativeId: alternative.id },
    );
    if (!changed) return;
    const index = review.quiz.questions.findIndex((entry) => entry.id === question.id);
    review.quiz = changed;
    review.alternatives = review.alternatives.filter((entry) => entry.id !== alternative.id);
    const placed = changed.questions[index];
    renderReview(
      placed ? `li[data-question-id="${placed.id}"] button[data-action="edit"]` : undefined,
    );
    say(`Question ${index + 1} remplacée.`);
    loadResults(review.quiz.id);
  }

  /**
   * The form to edit a question (or write a new one, `question` null): type, prompt, options
   * with the right one, Vrai/Faux, answer and accepted forms, evidence. Each field has its
   * error box, filled from the API's errors[].path.
   */
  function editorForm(question) {
    const key = `ed${++editorCount}`;
    const locked = question !== null && !canRestructure();
    const form = element("form", { class: "teacher-form review-editor", novalidate: "" });
    const field = (name, label, control, hint) => {
      const box = element("div", { class: "field", "data-field": name });
      const controlId = `${key}-${name}`;
      const errorId = `${controlId}-error`;
      if (control.tagName === "FIELDSET") {
        control.prepend(element("legend", {}, label));
        control.setAttribute("aria-describedby", errorId);
        box.append(control);
      } else {
        control.id = controlId;
        box.append(element("label", { for: controlId }, label));
        if (hint) {
          box.append(element("p", { class: "hint", id: `${controlId}-hint` }, hint));
          control.setAttribute("aria-describedby", `${controlId}-hint ${errorId}`);
        } else control.setAttribute("aria-describedby", errorId);
        box.append(control);
      }
      box.append(element("div", { class: "field-error", id: errorId }));
      form.append(box);
      return control;
    };

    const type = element("select", { name: "type" });
    for (const [value, label] of Object.entries(TYPE_LABELS)) {
      const option = element("option", { value }, label);
      if ((question?.type ?? "short_answer") === value) option.selected = true;
      type.append(option);
    }
    if (locked) type.disabled = true;
    field("type", "Type de question", type);

    const prompt = element("textarea", { name: "prompt", rows: "2" });
    prompt.value = question?.prompt ?? "";
    if (locked) prompt.readOnly = true;
    field(
      "prompt",
      "Énoncé",
      prompt,
      locked ? "Les élèves l'ont déjà lu : il ne change plus." : undefined,
    );

    // Options: five rows, empty ones left out; a radio marks the right one.
    const options = element("fieldset", { class: "options-field" });
    const given = question?.type === "single_choice" ? question.options : [];
    for (let row = 0; row < 5; row++) {
      const option = given[row];
      const line = element("div", { class: "option-row" });
      const radio = element("input", {
        type: "radio",
        name: `${key}-right`,
        id: `${key}-right-${row}`,
        value: String(row),
      });
      if (option && option.id === question.answer) radio.checked = true;
      const text = element("input", {
        type: "text",
        id: `${key}-option-${row}`,
        "data-option-id": option?.id ?? `n${row}`,
        maxlength: "200",
      });
      text.value = option?.text ?? "";
      if (locked) text.readOnly = true;
      line.append(
        radio,
        element(
          "label",
          { for: `${key}-right-${row}`, class: "visually-hidden" },
          `Option ${row + 1} est la bonne réponse`,
        ),
        element(
          "label",
          { for: `${key}-option-${row}`, class: "visually-hidden" },
          `Texte de l'option ${row + 1}`,
        ),
        text,
      );
      options.append(line);
    }
    field("options", "Options (3 à 5) : cochez la bonne réponse", options);

    const truth = element("fieldset", { class: "truth-field" });
    for (const [value, label] of [
      ["true", "Vrai"],
      ["false", "Faux"],
    ]) {
      const radio = element("input", {
        type: "radio",
        name: `${key}-truth`,
        id: `${key}-truth-${value}`,
        value,
      });
      if (question?.type === "true_false" && String(question.answer) === value)
        radio.checked = true;
      const line = element("div", { class: "option-row" });
      line.append(radio, element("label", { for: `${key}-truth-${value}` }, label));
      truth.append(line);
    }
    field("truth", "Réponse attendue", truth);

    const answer = element("input", { type: "text", name: "answer", maxlength: "200" });
    answer.value = question?.type === "short_answer" ? question.answer : "";
    field("answer", "Réponse attendue", answer);
    const accepted = element("textarea", { name: "accepted", rows: "3" });
    accepted.value =
      question?.type === "short_answer"
        ? question.accepted.filter((form) => form !== question.answer).join("\n")
        : "";
    field("accepted", "Autres formes acceptées", accepted, "Une par ligne.");

    const evidence = element("textarea", { name: "evidence", rows: "3" });
    evidence.value = question?.evidence.text ?? "";
    field(
      "evidence",
      "Justification",
      evidence,
      "Le passage de l'article qui justifie la réponse, copié tel quel.",
    );

    const formError = element("div", { class: "form-error", role: "alert" });
    const actions = element("div", { class: "review-tools" });
    actions.append(
      element(
        "button",
        { type: "submit", class: "button" },
        question ? "Enregistrer" : "Ajouter la question",
      ),
      element(
        "button",
        { type: "button", class: "button button-secondary", "data-cancel": "" },
        "Annuler",
      ),
    );
    form.append(formError, actions);

    const showType = () => {
      const value = type.value;
      form.querySelector('[data-field="options"]').hidden = value !== "single_choice";
      form.querySelector('[data-field="truth"]').hidden = value !== "true_false";
      form.querySelector('[data-field="answer"]').hidden = value !== "short_answer";
      form.querySelector('[data-field="accepted"]').hidden = value !== "short_answer";
    };
    type.addEventListener("change", showType);
    showType();

    form
      .querySelector("[data-cancel]")
      .addEventListener("click", () => closeEditor(form, question));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      saveEditor(form, question, { key, type, prompt, options, answer, accepted, evidence });
    });
    return form;
  }

  function closeEditor(form, question) {
    const panel = form.parentElement;
    clear(panel);
    panel.hidden = true;
    if (question) {
      reviewList
        .querySelector(`li[data-question-id="${question.id}"] button[data-action="edit"]`)
        ?.focus();
    } else {
      addButton.setAttribute("aria-expanded", "false");
      addButton.focus();
    }
  }

  /** What the editor says, as the API's fields; unchanged evidence is not sent again. */
  function editorBody(question, { key, type, prompt, options, answer, accepted, evidence }) {
    const body = { type: type.value, prompt: prompt.value.trim() };
    if (type.value === "single_choice") {
      const rows = [...options.querySelectorAll(".option-row")];
      body.options = [];
      for (const row of rows) {
        const text = row.querySelector('input[type="text"]');
        if (text.value.trim() === "") continue;
        body.options.push({ id: text.getAttribute("data-option-id"), text: text.value.trim() });
      }
      const checked = options.querySelector(`input[name="${key}-right"]:checked`);
      const right = checked && rows[Number(checked.value)]?.querySelector('input[type="text"]');
      if (right) body.answer = right.getAttribute("data-option-id");
    } else if (type.value === "true_false") {
      const checked = formOf(type).querySelector(`input[name="${key}-truth"]:checked`);
      if (checked) body.answer = checked.value === "true";
    } else {
      if (answer.value.trim() !== "") body.answer = answer.value.trim();
      body.accepted = accepted.value
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== "");
    }
    const text = evidence.value.trim();
    if (!question || text !== question.evidence.text) body.evidence = { text };
    return body;
  }

  function formOf(control) {
    return control.closest("form");
  }

  async function saveEditor(editor, question, fields) {
    for (const box of editor.querySelectorAll(".field-error")) clear(box);
    for (const control of editor.querySelectorAll("[aria-invalid]"))
      control.removeAttribute("aria-invalid");
    clear(editor.querySelector(".form-error"));
    const body = editorBody(question, fields);
    const id = review.quiz.id;
    const response = question
      ? await api(quizPath(id, `/questions/${encodeURIComponent(question.id)}`), {
          method: "PATCH",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
        })
      : await api(quizPath(id, "/questions"), {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
        });
    if (!response) return;
    if (!response.ok) {
      showEditorErrors(editor, fields, await readProblem(response));
      return;
    }
    const answered = await response.json();
    // A key edit answers { regraded, changed, quiz }.
    const quiz = answered.quiz ?? answered;
    review.quiz = quiz;
    if (question) {
      renderReview(`li[data-question-id="${question.id}"] button[data-action="edit"]`);
      say(
        answered.regraded > 0
          ? `Question enregistrée : ${plural(answered.regraded, "copie")} recorrigée(s), ${plural(answered.changed.marks, "note")} modifiée(s).`
          : "Question enregistrée.",
      );
    } else {
      addEditor.hidden = true;
      clear(addEditor);
      addButton.setAttribute("aria-expanded", "false");
      const added = quiz.questions.at(-1);
      renderReview(
        added ? `li[data-question-id="${added.id}"] button[data-action="edit"]` : undefined,
      );
      say("Question ajoutée.");
    }
    loadResults(id);
  }

  /** The API's errors next to the fields they name; anything else above the buttons. */
  function showEditorErrors(editor, { type }, problem) {
    const general = [];
    let first = null;
    for (const error of problem.errors) {
      let name = error.path.split(".")[0];
      if (name === "answer" && type.value === "single_choice") name = "options";
      if (name === "answer" && type.value === "true_false") name = "truth";
      const box =
        EDITOR_FIELDS.includes(name) || name === "truth"
          ? editor.querySelector(`[data-field="${name}"]`)
          : null;
      if (!box || box.hidden) {
        general.push(error);
        continue;
      }
      const errorBox = box.querySelector(".field-error");
      errorBox.append(element("p", { lang: "en" }, error.message));
      const control = box.querySelector("fieldset, textarea, input, select");
      control.setAttribute("aria-invalid", "true");
      first = first || box.querySelector("textarea, input, select");
    }
    if (general.length > 0 || problem.errors.length === 0) {
      showErrors(editor.querySelector(".form-error"), ["La question n'a pas été enregistrée :"], {
        detail: problem.errors.length === 0 ? problem.detail : "",
        errors: general,
      });
    }
    (first || editor.querySelector("button[type=submit]")).focus();
    say("La question n'a pas été enregistrée : voyez les messages près des champs.");
  }

  /** Sends a change; the quiz it answers, or null once the refusal is said. */
  async function send(method, path, body) {
    const response = await api(path, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
    });
    if (!response) return null;
    if (!response.ok) {
      say(`La modification a été refusée : ${(await readProblem(response)).detail}`);
      return null;
    }
    return response.json();
  }

  async function publishQuiz() {
    const changed = await send("POST", quizPath(review.quiz.id, "/publish"));
    if (!changed) return;
    review.quiz = changed;
    renderReview();
    $("review-state").setAttribute("tabindex", "-1");
    $("review-state").focus();
    say("Quiz publié : les élèves peuvent l'ouvrir.");
    await loadList();
  }

  async function copyQuiz() {
    const copy = await send("POST", quizPath(review.quiz.id, "/copy"));
    if (!copy) return;
    await loadList();
    await openQuiz(copy.id, copy.title);
    say(`Copie créée en brouillon : « ${copy.title} ».`);
  }

  const ACTIONS = {
    create: "Quiz créé",
    copy: "Quiz copié",
    edit: "Question modifiée",
    delete: "Question supprimée",
    add: "Question ajoutée",
    move: "Ordre des questions changé",
    swap: "Question remplacée par une autre proposition",
    accept: "Réponse acceptée",
    publish: "Quiz publié",
  };

  async function loadHistory(id) {
    const response = await api(quizPath(id, "/revisions"));
    if (!response?.ok || review?.quiz.id !== id) return;
    const { revisions } = await response.json();
    const list = $("history-list");
    clear(list);
    if (revisions.length === 0) list.append(element("li", {}, "Aucune modification enregistrée."));
    const when = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "medium" });
    for (const entry of revisions) {
      const item = element("li");
      const what = `${ACTIONS[entry.action] ?? entry.action}${entry.questionId ? ` (${entry.questionId})` : ""}`;
      item.append(element("strong", {}, `${when.format(new Date(entry.at))} · ${what}`));
      const changes = describeChange(entry);
      if (changes.length > 0) {
        const details = element("ul");
        for (const change of changes) details.append(element("li", {}, change));
        item.append(details);
      }
      list.append(item);
    }
  }

  function describeChange(entry) {
    const lines = [];
    const { before, after, regrade } = entry;
    if (entry.action === "edit" || entry.action === "accept") {
      if (before?.prompt !== after?.prompt)
        lines.push(`Énoncé : « ${before?.prompt} » → « ${after?.prompt} »`);
      if (JSON.stringify(before?.answer) !== JSON.stringify(after?.answer)) {
        lines.push(
          `Réponse : ${JSON.stringify(before?.answer)} → ${JSON.stringify(after?.answer)}`,
        );
      }
      if (JSON.stringify(before?.accepted) !== JSON.stringify(after?.accepted)) {
        lines.push(`Formes acceptées : ${(after?.accepted ?? []).join(" ; ")}`);
      }
    } else if (entry.action === "swap") {
      lines.push(`Avant : « ${before?.prompt} » — après : « ${after?.question?.prompt} »`);
    } else if (entry.action === "delete") {
      lines.push(`« ${before?.prompt} »`);
    } else if (entry.action === "add") {
      lines.push(`« ${after?.prompt} »`);
    }
    if (regrade) {
      lines.push(
        `${plural(regrade.regraded, "copie")} recorrigée(s), ${plural(regrade.changedMarks, "note")} modifiée(s).`,
      );
    }
    return lines;
  }

  // --- Results: accept a common wrong answer -------------------------------------------------

  function commonWrongCell(stats, index) {
    const cell = element("td", { class: "common-wrong" });
    if (stats.commonWrong.length === 0) {
      cell.textContent = "—";
      return cell;
    }
    const question = review?.quiz.questions.find((entry) => entry.id === stats.questionId);
    const list = element("ul");
    for (const wrong of stats.commonWrong) {
      const item = element("li", {}, `« ${wrong.answer} » (${wrong.count})`);
      if (question?.type === "short_answer" && !review.shipped) {
        const button = element(
          "button",
          { type: "button", class: "button button-secondary button-small" },
          "Accepter cette réponse",
        );
        button.append(
          element(
            "span",
            { class: "visually-hidden" },
            ` : « ${wrong.answer} », question ${index + 1}`,
          ),
        );
        button.addEventListener("click", () => acceptAnswer(question, wrong.answer));
        item.append(" ", button);
      }
      list.append(item);
    }
    cell.append(list);
    return cell;
  }

  async function acceptAnswer(question, answer) {
    const id = review.quiz.id;
    const regraded = await send(
      "POST",
      quizPath(id, `/questions/${encodeURIComponent(question.id)}/accepted`),
      { answer },
    );
    if (!regraded) return;
    review.quiz = regraded.quiz;
    renderReview();
    await loadResults(id);
    say(
      `Réponse « ${answer} » acceptée : ${plural(regraded.regraded, "copie")} recorrigée(s), ${plural(regraded.changed.sheets, "note")} de copie modifiée(s).`,
    );
  }
})();
