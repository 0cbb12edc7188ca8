//! Superinstructions: common pairs of instructions run as one dispatch. The first of a
//! pair is replaced by a fused instruction that also does the second's work and skips
//! it; the second stays where it was, so a jump to it, the line table and the exception
//! table are untouched.

use crate::bytecode::Op;

/// Fuse the pairs in `ops` (run once a code object is assembled).
pub fn fuse(ops: &mut [Op]) {
    let mut i = 0;
    while i + 1 < ops.len() {
        let third = ops.get(i + 2).copied();
        if let (Op::LoadFast(a), Op::LoadConst(c), Some(Op::BinaryOp(op) | Op::InplaceOp(op))) =
            (ops[i], ops[i + 1], third)
            && let (Some(a), Some(c)) = (small(a), small(c))
        {
            ops[i] = Op::LoadFastConstBinary(a, c, op);
            i += 3;
            continue;
        }
        let fused = match (ops[i], ops[i + 1]) {
            (Op::LoadFast(a), Op::LoadConst(c)) => {
                small(a).zip(small(c)).map(|(a, c)| Op::LoadFastConst(a, c))
            }
            (Op::LoadFast(a), Op::LoadFast(b)) => {
                small(a).zip(small(b)).map(|(a, b)| Op::LoadFastFast(a, b))
            }
            (Op::PushNull, Op::LoadGlobal(n)) => Some(Op::PushNullLoadGlobal(n)),
            (Op::StoreFast(a), Op::LoadFast(b)) => small(a)
                .zip(small(b))
                .map(|(a, b)| Op::StoreFastLoadFast(a, b)),
            (Op::LoadConst(c), Op::BinaryOp(op) | Op::InplaceOp(op)) => {
                small(c).map(|c| Op::LoadConstBinary(c, op))
            }
            _ => None,
        };
        if let Some(op) = fused {
            ops[i] = op;
            // The second of the pair is not fused again with its successor.
            i += 2;
        } else {
            i += 1;
        }
    }
}

fn small(i: u32) -> Option<u16> {
    u16::try_from(i).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_fuse_and_keep_the_second_instruction() {
        let mut ops = vec![
            Op::LoadFast(0),
            Op::LoadConst(1),
            Op::LoadFast(2),
            Op::LoadFast(3),
            Op::LoadFast(4),
            Op::PushNull,
            Op::LoadGlobal(5),
            Op::StoreFast(6),
            Op::LoadFast(7),
            Op::LoadConst(8),
            Op::BinaryOp(crate::bytecode::BinOp::Add),
            Op::LoadFast(9),
            Op::LoadConst(10),
            Op::InplaceOp(crate::bytecode::BinOp::Sub),
            Op::ReturnValue,
        ];
        fuse(&mut ops);
        assert_eq!(
            ops,
            vec![
                Op::LoadFastConst(0, 1),
                Op::LoadConst(1),
                Op::LoadFastFast(2, 3),
                Op::LoadFast(3),
                Op::LoadFast(4),
                Op::PushNullLoadGlobal(5),
                Op::LoadGlobal(5),
                Op::StoreFastLoadFast(6, 7),
                Op::LoadFast(7),
                Op::LoadConstBinary(8, crate::bytecode::BinOp::Add),
                Op::BinaryOp(crate::bytecode::BinOp::Add),
                Op::LoadFastConstBinary(9, 10, crate::bytecode::BinOp::Sub),
                Op::LoadConst(10),
                Op::InplaceOp(crate::bytecode::BinOp::Sub),
                Op::ReturnValue,
            ]
        );
    }

    #[test]
    fn large_operands_stay_unfused() {
        let mut ops = vec![Op::LoadFast(70000), Op::LoadConst(1)];
        fuse(&mut ops);
        assert_eq!(ops[0], Op::LoadFast(70000));
    }
}
