// quorum-serve's only script, and only an enhancement: it shows the
// "Copy citation" buttons (hidden for readers without script) and copies.
"use strict";
document.querySelectorAll("button.copy[data-cite]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", async () => {
    const label = button.textContent;
    try {
      await navigator.clipboard.writeText(button.dataset.cite);
      button.textContent = "Copied";
    } catch (error) {
      button.textContent = "Copy failed";
    }
    setTimeout(() => { button.textContent = label; }, 1500);
  });
});
