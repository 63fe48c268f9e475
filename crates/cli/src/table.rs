//! Plain-text tables for the terminal.

use std::io::Write;

/// A table with a header row; each column has a maximum width and longer
/// cells are cut with "…".
pub struct Table {
    header: Vec<(&'static str, usize)>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: &[(&'static str, usize)]) -> Table {
        Table { header: header.to_vec(), rows: Vec::new() }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn print(&self, out: &mut impl Write) -> std::io::Result<()> {
        let widths: Vec<usize> = self
            .header
            .iter()
            .enumerate()
            .map(|(i, (name, max))| self.rows.iter().map(|r| r.get(i).map_or(0, |c| c.chars().count())).max().unwrap_or(0).max(name.len()).min(*max))
            .collect();
        let line = |cells: Vec<String>| -> String {
            let parts: Vec<String> = cells.iter().zip(&widths).map(|(c, w)| pad(&cut(c, *w), *w)).collect();
            parts.join("  ").trim_end().to_string()
        };
        writeln!(out, "{}", line(self.header.iter().map(|(n, _)| n.to_string()).collect()))?;
        for r in &self.rows {
            writeln!(out, "{}", line(r.clone()))?;
        }
        Ok(())
    }
}

fn cut(s: &str, width: usize) -> String {
    let s = s.replace(['\n', '\t'], " ");
    if s.chars().count() <= width {
        s
    } else {
        let mut t: String = s.chars().take(width.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    format!("{s}{}", " ".repeat(width.saturating_sub(n)))
}
