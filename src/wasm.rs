//! The JavaScript boundary: converts inputs, calls the core, returns plain
//! JS objects. No analysis logic lives here.

use wasm_bindgen::prelude::*;

/// Analyses `text` and returns the analysis as a plain object.
#[wasm_bindgen]
pub fn analyze(text: &str) -> Result<JsValue, JsError> {
    let analysis = crate::analyze(text).map_err(|e| JsError::new(&e.to_string()))?;
    serde_wasm_bindgen::to_value(&analysis).map_err(|e| JsError::new(&e.to_string()))
}
