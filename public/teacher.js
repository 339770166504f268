/*
 * Ardoise teacher page (/teacher, src/pages/teacher-page.tsx): signs in with the teacher token,
 * kept in sessionStorage (this tab only, gone when it closes or on "Se déconnecter"), and calls
 * the JSON API with it: the list of quizzes, creating one from a pasted article, a quiz's class
 * results with their bar chart (GET …/results.svg, shown as a data: image, which the pages' CSP
 * allows), the exports (downloaded under the name the server gives), deleting a quiz, making
 * it public; and assignments: handing a quiz to a class (a join code), following its results
 * live (GET /api/assignments/:id/live, server-sent events read with fetch so that the token
 * stays in a header), the class sheet, closing, reopening and deleting.
 *
 * The page's HTML holds no token and nothing private; everything comes from the API.
 */
(() => {
  const root = document.getElementById("teacher");
  if (!root || typeof window.fetch !== "function") return;

  const STORAGE_KEY = "ardoise:teacher-token";
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

  const shipped = new Set(JSON.parse(root.getAttribute("data-shipped-ids") || "[]"));
  const $ = (id) => document.getElementById(id);
  const status = $("status");
  const login = $("login");
  const loginForm = $("login-form");
  const tokenInput = $("token");
  const loginError = $("login-error");
  const workspace = $("workspace");
  const createForm = $("create-form");
  const createError = $("create-error");
  const created = $("created");
  const list = $("quiz-list");
  const listEmpty = $("list-empty");
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
  let token = readToken();

  if (token) showWorkspace();
  else showLogin();

  loginForm.addEventListener("submit", (event) => {
    event.preventDefault();
    signIn();
  });
  $("logout").addEventListener("click", () => signOut("Vous êtes déconnecté·e."));
  createForm.addEventListener("submit", (event) => {
    event.preventDefault();
    createQuiz();
  });
  $("copy-url").addEventListener("click", copyUrl);
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

  // --- Token ---------------------------------------------------------------------------------

  function readToken() {
    try {
      return sessionStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  }

  function keepToken(value) {
    try {
      if (value) sessionStorage.setItem(STORAGE_KEY, value);
      else sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage off: the token lasts as long as the page.
    }
  }

  function showLogin() {
    workspace.hidden = true;
    login.hidden = false;
  }

  function showWorkspace() {
    login.hidden = true;
    workspace.hidden = false;
    loadList();
    loadAssignments();
  }

  async function signIn() {
    const given = tokenInput.value.trim();
    clear(loginError);
    if (given === "") {
      showErrors(loginError, ["Saisissez le jeton enseignant."]);
      tokenInput.setAttribute("aria-invalid", "true");
      tokenInput.focus();
      return;
    }
    tokenInput.removeAttribute("aria-invalid");
    // Any teacher route tells whether the token is right: the results of the first quiz.
    const quizzes = await fetchQuizzes();
    if (!quizzes) return;
    if (quizzes.length > 0) {
      const response = await fetch(
        `/api/quizzes/${encodeURIComponent(quizzes[0].id)}/results?limit=1`,
        { headers: headers(given) },
      ).catch(() => null);
      if (!response) {
        showErrors(loginError, ["Le serveur ne répond pas. Réessayez dans un instant."]);
        return;
      }
      if (!response.ok) {
        const problem = await readProblem(response);
        const message =
          response.status === 401
            ? "Ce jeton est refusé : vérifiez-le et réessayez."
            : "Le serveur refuse la connexion :";
        showErrors(loginError, [message], response.status === 401 ? null : problem);
        tokenInput.setAttribute("aria-invalid", "true");
        tokenInput.focus();
        return;
      }
    }
    token = given;
    keepToken(token);
    tokenInput.value = "";
    showWorkspace();
    say("Vous êtes connecté·e.");
    $("create-title").focus();
  }

  function signOut(message) {
    token = null;
    keepToken(null);
    current = null;
    stopLive();
    assignment = null;
    assignmentPanel.hidden = true;
    clear(assignmentList);
    detail.hidden = true;
    created.hidden = true;
    clear(list);
    clear(ratesBody);
    clear(chartBox);
    clear(createError);
    showLogin();
    say(message);
    tokenInput.focus();
  }

  function headers(value = token) {
    return { Authorization: `Bearer ${value}`, Accept: "application/json" };
  }

  /**
   * A teacher request. A refused token signs out (it changed on the server, or was wrong);
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
      signOut("Le jeton a été refusé : reconnectez-vous.");
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

  /** The problem details of a failed response, or what can be said without them. */
  async function readProblem(response) {
    const type = response.headers.get("Content-Type") || "";
    if (type.includes("json")) {
      try {
        const body = await response.json();
        return {
          detail: typeof body.detail === "string" ? body.detail : "",
          errors: Array.isArray(body.errors) ? body.errors : [],
        };
      } catch {
        // Not JSON after all: fall through.
      }
    }
    return { detail: `Erreur ${response.status}.`, errors: [] };
  }

  /**
   * Shows messages in an error box (role="alert"): French ones first, then the server's own
   * problem details, which are in English and marked so for screen readers.
   */
  function showErrors(box, messages, problem = null) {
    clear(box);
    const panel = element("div", { class: "form-error-panel" });
    for (const message of messages) panel.append(element("p", {}, message));
    if (problem) {
      if (problem.detail) panel.append(element("p", { lang: "en" }, problem.detail));
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

  async function fetchQuizzes() {
    try {
      // With the token, the list holds the quizzes not published too.
      const response = await fetch("/api/quizzes", {
        headers: token ? headers() : { Accept: "application/json" },
      });
      if (response.ok) return (await response.json()).quizzes;
    } catch {
      // Reported below.
    }
    say("La liste des quiz n'a pas pu être chargée. Réessayez dans un instant.");
    return null;
  }

  async function loadList() {
    const quizzes = await fetchQuizzes();
    if (!quizzes) return;
    clear(list);
    listEmpty.hidden = quizzes.length > 0;
    const select = $("assign-quiz");
    const chosen = select.value;
    clear(select);
    for (const quiz of quizzes) {
      const option = element("option", { value: quiz.id }, quiz.title);
      if (quiz.id === chosen) option.selected = true;
      select.append(option);
    }
    for (const quiz of quizzes) {
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
      const button = element("button", {
        type: "button",
        class: "button button-secondary",
        "data-quiz-id": quiz.id,
        "data-title": quiz.title,
        "data-public": String(quiz.public),
        "aria-controls": "detail",
      });
      button.append(
        "Résultats et exports",
        element("span", { class: "visually-hidden" }, ` : ${quiz.title}`),
      );
      item.append(text, button);
      list.append(item);
    }
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

  async function createQuiz() {
    if (creating) return;
    const title = $("quiz-title").value.trim();
    const countText = $("question-count").value.trim();
    const body = {
      text: $("article").value.trim(),
      ...(title ? { title } : {}),
      questionCount: countText === "" ? 10 : Number(countText),
      ...($("quiz-public").checked ? { public: true } : {}),
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
      await loadList();
    } finally {
      creating = false;
      submit.disabled = false;
    }
  }

  function showCreated(quiz) {
    const path = studentPath(quiz.id);
    $("created-summary").textContent =
      `Quiz créé : « ${quiz.title} », ${plural(quiz.questions.length, "question")}.`;
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

    showRates(ratesBody, results.questions);
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

  /** One row per question: number, prompt, right-answer rate. */
  function showRates(body, questions) {
    clear(body);
    questions.forEach((question, index) => {
      const row = element("tr", { "data-question-id": question.questionId });
      row.append(
        element("th", { scope: "row" }, `Q${index + 1}`),
        element("td", {}, question.prompt),
        element("td", { class: "rate" }, formatRate(question.correctRate)),
      );
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
   * Reads the server-sent events of /live with fetch (EventSource cannot send the token), and
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
})();
