// The print button needs JavaScript, so it stays hidden without it (the browser's own print
// command still prints only the slip: slip-print.css).
for (const button of document.querySelectorAll("[data-print-slip]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
