//! The terminal progress bar (indicatif), shown only to a person watching.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsledger_jobs::Progress;

pub struct Bar(ProgressBar);

impl Bar {
    pub fn new() -> Bar {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        Bar(bar)
    }
}

impl Progress for Bar {
    fn start(&self, total_bytes: Option<u64>) {
        let template = match total_bytes {
            Some(total) => {
                self.0.set_length(total);
                "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ({bytes_per_sec}, ETA {eta}) {msg}"
            }
            None => "{spinner} [{elapsed_precise}] {bytes} ({bytes_per_sec}) {msg}",
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            self.0.set_style(style);
        }
        self.0.enable_steady_tick(std::time::Duration::from_millis(200));
    }

    fn advance(&self, bytes: u64, articles: u64) {
        self.0.inc(bytes);
        let secs = self.0.elapsed().as_secs_f64().max(1e-9);
        self.0.set_message(format!("{articles} articles, {:.0}/s", articles as f64 / secs));
    }

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}
