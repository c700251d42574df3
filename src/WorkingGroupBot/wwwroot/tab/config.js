// The channel tab's configuration page: one choice only (the team's plan), so it explains itself and lets Save through.
(async () => {
  const teams = window.microsoftTeams;
  await teams.app.initialize();
  const context = await teams.app.getContext();
  document.body.className = "theme-" + (context.app.theme || "default");
  const lang = context.app.locale || "en";
  const texts = await (await fetch("/api/tab/texts?lang=" + encodeURIComponent(lang))).json();
  document.getElementById("configure").textContent = texts.labels.DashConfigure;
  teams.pages.config.registerOnSaveHandler((save) => {
    teams.pages.config
      .setConfig({
        entityId: "plan",
        contentUrl: location.origin + "/tab/index.html",
        websiteUrl: location.origin + "/tab/index.html",
        suggestedDisplayName: texts.labels.DashTitle,
      })
      .then(() => save.notifySuccess(), (e) => save.notifyFailure(String(e)));
  });
  teams.pages.config.setValidityState(true);
})();
