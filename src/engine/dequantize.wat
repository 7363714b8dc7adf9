;; Dequantizing a MatMulNBits weight slice into MatMul's float32 B [k, cols] with WASM SIMD:
;; the fast path of weights-from-q4.ts (~5x its JavaScript loop). Assembled into
;; dequantize-wasm.ts by `node scripts/build-wasm.mjs`; weights-from-q4.test.ts checks both paths
;; give the bytes Python unpacks.
;;
;; Inputs, laid out by weights-from-q4.ts in this module's memory:
;;   codes  [cols, blocks, 32 * bits / 8] bytes (4-bit: element 2j in byte j's low nibble)
;;   scales [cols, blocks] float32
;;   mins   [cols, blocks] float32 (only read when hasMins)
;;   out    [k, cols] float32, k = blocks * 32, cols a multiple of 16 (64-byte rows per tile)
;; Each value is (q - zero) * scale in float32 (+ min in float32): one rounding per operation,
;; as numpy computes it.
(module
  (memory (export "memory") 1)

;; 16 codes (u8 lanes) -> 16 floats at dst: (q - zero) * scale + min, each in float32. Without
  ;; mins the caller passes -0.0, which adds nothing (x + -0 is x, also for -0).
  (func $emit16 (param $codes v128) (param $dst i32) (param $zero v128) (param $scale v128) (param $min v128)
    (local $half v128)
    (local.set $half (i16x8.extend_low_i8x16_u (local.get $codes)))
    (v128.store offset=0 (local.get $dst)
      (f32x4.add (f32x4.mul (f32x4.convert_i32x4_s (i32x4.sub (i32x4.extend_low_i16x8_u (local.get $half)) (local.get $zero))) (local.get $scale)) (local.get $min)))
    (v128.store offset=16 (local.get $dst)
      (f32x4.add (f32x4.mul (f32x4.convert_i32x4_s (i32x4.sub (i32x4.extend_high_i16x8_u (local.get $half)) (local.get $zero))) (local.get $scale)) (local.get $min)))
    (local.set $half (i16x8.extend_high_i8x16_u (local.get $codes)))
    (v128.store offset=32 (local.get $dst)
      (f32x4.add (f32x4.mul (f32x4.convert_i32x4_s (i32x4.sub (i32x4.extend_low_i16x8_u (local.get $half)) (local.get $zero))) (local.get $scale)) (local.get $min)))
    (v128.store offset=48 (local.get $dst)
      (f32x4.add (f32x4.mul (f32x4.convert_i32x4_s (i32x4.sub (i32x4.extend_high_i16x8_u (local.get $half)) (local.get $zero))) (local.get $scale)) (local.get $min))))

  ;; Four rows of 4 floats at src (stride 128 bytes: one column's block each) -> four rows of 4
  ;; floats at dst (stride rowBytes: one k each), i.e. a 4x4 transpose.
  (func $transpose4 (param $src i32) (param $dst i32) (param $rowBytes i32)
    (local $a v128) (local $b v128) (local $c v128) (local $d v128)
    (local $ab0 v128) (local $ab1 v128) (local $cd0 v128) (local $cd1 v128)
    (local.set $a (v128.load offset=0 (local.get $src)))
    (local.set $b (v128.load offset=128 (local.get $src)))
    (local.set $c (v128.load offset=256 (local.get $src)))
    (local.set $d (v128.load offset=384 (local.get $src)))
    ;; ab0 = a0 b0 a1 b1, ab1 = a2 b2 a3 b3 (and the same for c, d)
    (local.set $ab0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $a) (local.get $b)))
    (local.set $ab1 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $a) (local.get $b)))
    (local.set $cd0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $c) (local.get $d)))
    (local.set $cd1 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $c) (local.get $d)))
    (v128.store (local.get $dst)
      (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ab0) (local.get $cd0)))
    (v128.store (i32.add (local.get $dst) (local.get $rowBytes))
      (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ab0) (local.get $cd0)))
    (v128.store (i32.add (local.get $dst) (i32.shl (local.get $rowBytes) (i32.const 1)))
      (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ab1) (local.get $cd1)))
    (v128.store (i32.add (local.get $dst) (i32.mul (local.get $rowBytes) (i32.const 3)))
      (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ab1) (local.get $cd1))))

  ;; scratch: 512 bytes (4 columns x 32 floats of one block).
  (func (export "dequantize")
    (param $codes i32) (param $scales i32) (param $mins i32) (param $out i32) (param $scratch i32)
    (param $blocks i32) (param $cols i32) (param $bits i32) (param $zero i32) (param $hasMins i32)
    (local $blockBytes i32) (local $rowBytes i32) (local $c0 i32) (local $b i32) (local $j i32) (local $g i32)
    (local $col i32) (local $c4 i32) (local $quad i32) (local $at i32) (local $param i32) (local $raw v128) (local $lo v128) (local $hi v128)
    (local $zeroV v128) (local $dst i32) (local $scale v128) (local $min v128)
    (local.set $blockBytes (i32.shl (local.get $bits) (i32.const 2)))
    (local.set $rowBytes (i32.shl (local.get $cols) (i32.const 2)))
    (local.set $zeroV (i32x4.splat (local.get $zero)))
    (local.set $c0 (i32.const 0))
    (block $cols_done
      (loop $cols_loop
        (br_if $cols_done (i32.ge_u (local.get $c0) (local.get $cols)))
        (local.set $b (i32.const 0))
        (block $blocks_done
          (loop $blocks_loop
            (br_if $blocks_done (i32.ge_u (local.get $b) (local.get $blocks)))
            (local.set $quad (i32.const 0))
            (loop $quads
            (local.set $c4 (i32.add (local.get $c0) (i32.shl (local.get $quad) (i32.const 2))))
            ;; Decode this block of 4 columns into scratch (column j at j * 128 bytes).
            (local.set $j (i32.const 0))
            (loop $columns
              (local.set $col (i32.add (local.get $c4) (local.get $j)))
              ;; index of (col, b) in [cols, blocks]
              (local.set $param (i32.add (i32.mul (local.get $col) (local.get $blocks)) (local.get $b)))
              (local.set $at (i32.add (local.get $codes) (i32.mul (local.get $param) (local.get $blockBytes))))
              (local.set $dst (i32.add (local.get $scratch) (i32.shl (local.get $j) (i32.const 7))))
              (if (i32.eq (local.get $bits) (i32.const 4))
                (then
                  (local.set $raw (v128.load (local.get $at)))
                  (local.set $lo (v128.and (local.get $raw) (i8x16.splat (i32.const 15))))
                  (local.set $hi (i8x16.shr_u (local.get $raw) (i32.const 4)))
                  ;; elements 0..15 and 16..31 in order: lo0 hi0 lo1 hi1 ...
                  (local.set $raw (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23 (local.get $lo) (local.get $hi)))
                  (local.set $hi (i8x16.shuffle 8 24 9 25 10 26 11 27 12 28 13 29 14 30 15 31 (local.get $lo) (local.get $hi)))
                  (local.set $lo (local.get $raw)))
                (else
                  (local.set $lo (v128.load (local.get $at)))
                  (local.set $hi (v128.load offset=16 (local.get $at)))))
              (local.set $scale (v128.load32_splat (i32.add (local.get $scales) (i32.shl (local.get $param) (i32.const 2)))))
              (local.set $min
                (if (result v128) (local.get $hasMins)
                  (then (v128.load32_splat (i32.add (local.get $mins) (i32.shl (local.get $param) (i32.const 2)))))
                  (else (f32x4.splat (f32.const -0)))))
              (call $emit16 (local.get $lo) (local.get $dst) (local.get $zeroV) (local.get $scale) (local.get $min))
              (call $emit16 (local.get $hi) (i32.add (local.get $dst) (i32.const 64)) (local.get $zeroV) (local.get $scale) (local.get $min))
              (local.set $j (i32.add (local.get $j) (i32.const 1)))
              (br_if $columns (i32.lt_u (local.get $j) (i32.const 4))))
            ;; Rows b*32 + 4g .. +3, columns c4 .. c4+3.
            (local.set $g (i32.const 0))
            (loop $groups
              (call $transpose4
                (i32.add (local.get $scratch) (i32.shl (local.get $g) (i32.const 4)))
                (i32.add (local.get $out)
                  (i32.add
                    (i32.mul (i32.add (i32.shl (local.get $b) (i32.const 5)) (i32.shl (local.get $g) (i32.const 2))) (local.get $rowBytes))
                    (i32.shl (local.get $c4) (i32.const 2))))
                (local.get $rowBytes))
              (local.set $g (i32.add (local.get $g) (i32.const 1)))
              (br_if $groups (i32.lt_u (local.get $g) (i32.const 8))))
            (local.set $quad (i32.add (local.get $quad) (i32.const 1)))
            (br_if $quads (i32.lt_u (local.get $quad) (i32.const 4))))
            (local.set $b (i32.add (local.get $b) (i32.const 1)))
            (br $blocks_loop)))
        (local.set $c0 (i32.add (local.get $c0) (i32.const 16)))
        (br $cols_loop)))))
