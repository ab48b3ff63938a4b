//! The wasm boundary under node: `wasm-pack test --node --test web`.
#![cfg(target_arch = "wasm32")]

mod boundary;
