//! Scope analysis: decides for every name in every scope whether it is a fast local,
//! a cell, a free variable, a global, or (in module and class bodies) a namespace name.

use ruff_python_ast::{self as ast, Expr, Stmt};
// Names hash with FxHash: the symbol tables are rebuilt for every compile (and the
// module imports at startup compile), where SipHash showed in profiles.
use rustc_hash::FxHashMap as HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
    /// Module/class namespace lookup.
    Name,
}

#[derive(Default, Clone, Copy)]
struct Flags {
    assigned: bool,
    param: bool,
    used: bool,
    global: bool,
    nonlocal: bool,
    /// Where a `global` or `nonlocal` statement declared the name (for errors).
    declared_at: Option<ruff_text_size::TextRange>,
}

pub struct Scope {
    pub kind: ScopeKind,
    flags: HashMap<String, Flags>,
    order: Vec<String>,
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub resolved: HashMap<String, Resolved>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub varnames: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// A function using zero-argument super() or __class__.
    pub needs_class_cell: bool,
    /// For comprehension scopes: "list comprehension", "generator expression"... (error messages).
    comp_name: &'static str,
    /// An `async def` body (where `yield from` is not allowed).
    is_async_def: bool,
}

impl Scope {
    fn new(kind: ScopeKind) -> Scope {
        Scope {
            kind,
            flags: HashMap::default(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            resolved: HashMap::default(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            varnames: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            comp_name: "",
            is_async_def: false,
        }
    }
    fn entry(&mut self, name: &str) -> &mut Flags {
        if !self.flags.contains_key(name) {
            self.order.push(name.to_string());
        }
        self.flags.entry(name.to_string()).or_default()
    }
    pub fn lookup(&self, name: &str) -> Resolved {
        match self.resolved.get(name) {
            Some(r) => *r,
            None => match self.kind {
                ScopeKind::Module | ScopeKind::Class => Resolved::Name,
                _ => Resolved::GlobalImplicit,
            },
        }
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// AST node address -> scope index.
    pub by_node: HashMap<usize, usize>,
}

pub fn node_key<T>(n: &T) -> usize {
    n as *const T as usize
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    /// Name of the innermost enclosing class, for private name mangling.
    private: Option<String>,
}

/// Private name mangling: `__spam` inside class `Ham` becomes `_Ham__spam`
/// (not dunder names, dotted names, or in classes named only with underscores).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.to_string();
    }
    format!("_{class}{name}")
}

/// What a module-level code object is compiled from.
pub enum Source<'a> {
    Body(&'a [Stmt]),
    /// `eval` mode: a single expression.
    Expr(&'a Expr),
}

pub fn build(src: Source) -> Result<SymbolTable, (String, ruff_text_size::TextRange)> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module)],
        by_node: HashMap::default(),
        stack: vec![0],
        private: None,
    };
    match src {
        Source::Body(body) => b.visit_body(body)?,
        Source::Expr(e) => b.visit_expr(e)?,
    }
    let mut t = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut t, 0, &[])?;
    Ok(t)
}

type BResult = Result<(), (String, ruff_text_size::TextRange)>;

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().expect("scope stack");
        &mut self.scopes[i]
    }
    fn push_scope(&mut self, kind: ScopeKind, key: usize) -> usize {
        let idx = self.scopes.len();
        self.scopes.push(Scope::new(kind));
        let parent = *self.stack.last().expect("scope stack");
        self.scopes[parent].children.push(idx);
        self.by_node.insert(key, idx);
        self.stack.push(idx);
        idx
    }
    fn mangled(&self, name: &str) -> String {
        mangle(self.private.as_deref(), name)
    }
    fn assign(&mut self, name: &str) {
        let n = self.mangled(name);
        self.cur().entry(&n).assigned = true;
    }
    fn use_name(&mut self, name: &str) {
        let n = self.mangled(name);
        self.cur().entry(&n).used = true;
    }

    /// A name declared `global` or `nonlocal` must not be a parameter, used or assigned
    /// earlier in the scope, or declared the other way.
    fn check_declaration(
        &mut self,
        name: &str,
        what: &str,
        range: ruff_text_size::TextRange,
    ) -> BResult {
        let n = self.mangled(name);
        let Some(f) = self.cur().flags.get(&n).copied() else {
            return Ok(());
        };
        let msg = if f.param {
            format!("name '{name}' is parameter and {what}")
        } else if (what == "global" && f.nonlocal) || (what == "nonlocal" && f.global) {
            let at = f.declared_at.unwrap_or(range);
            return Err((format!("name '{name}' is nonlocal and global"), at));
        } else if f.used {
            format!("name '{name}' is used prior to {what} declaration")
        } else if f.assigned {
            format!("name '{name}' is assigned to before {what} declaration")
        } else {
            return Ok(());
        };
        Err((msg, range))
    }

    fn visit_body(&mut self, body: &[Stmt]) -> BResult {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    /// Defaults and annotations, evaluated in the enclosing scope.
    fn visit_params(&mut self, p: &ast::Parameters) -> BResult {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        for a in p.iter() {
            if let Some(ann) = a.annotation() {
                self.visit_expr(ann)?;
            }
        }
        Ok(())
    }

    fn declare_params(&mut self, p: &ast::Parameters) {
        let mut names = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            names.push(a.parameter.name.id.to_string());
        }
        for a in p.kwonlyargs.iter() {
            names.push(a.parameter.name.id.to_string());
        }
        if let Some(v) = &p.vararg {
            names.insert(p.posonlyargs.len() + p.args.len(), v.name.id.to_string());
        }
        if let Some(k) = &p.kwarg {
            names.push(k.name.id.to_string());
        }
        // CPython order: positional, keyword-only, *args, **kwargs.
        let mut ordered: Vec<String> = Vec::new();
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            ordered.push(a.parameter.name.id.to_string());
        }
        if let Some(v) = &p.vararg {
            ordered.push(v.name.id.to_string());
        }
        if let Some(k) = &p.kwarg {
            ordered.push(k.name.id.to_string());
        }
        let _ = names;
        let ordered: Vec<String> = ordered.iter().map(|n| self.mangled(n)).collect();
        for n in &ordered {
            let f = self.cur().entry(n);
            f.param = true;
            f.assigned = true;
        }
        self.cur().params = ordered;
    }

    fn visit_stmt(&mut self, s: &Stmt) -> BResult {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.visit_params(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.visit_expr(r)?;
                }
                self.assign(f.name.id.as_str());
                self.push_scope(ScopeKind::Function, node_key(f));
                if f.is_async {
                    self.cur().is_coroutine = true;
                    self.cur().is_async_def = true;
                }
                self.declare_params(&f.parameters);
                self.visit_body(&f.body)?;
                self.stack.pop();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value)?;
                    }
                }
                self.assign(c.name.id.as_str());
                self.push_scope(ScopeKind::Class, node_key(c));
                let outer = self.private.replace(c.name.id.to_string());
                self.visit_body(&c.body)?;
                self.private = outer;
                self.stack.pop();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.visit_expr(&a.value)?;
                for t in &a.targets {
                    self.visit_target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.use_name(n.id.as_str());
                }
                self.visit_target(&a.target)?;
            }
            Stmt::AnnAssign(a) => {
                // Annotations are evaluated in module and class bodies only.
                if self.cur().kind != ScopeKind::Function {
                    self.visit_expr(&a.annotation)?;
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                    self.visit_target(&a.target)?;
                } else if let Expr::Name(n) = &*a.target {
                    if self.cur().kind == ScopeKind::Function {
                        self.assign(n.id.as_str());
                    }
                } else {
                    self.visit_target(&a.target)?;
                }
            }
            Stmt::TypeAlias(_) => {}
            Stmt::For(f) => {
                self.visit_expr(&f.iter)?;
                self.visit_target(&f.target)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.visit_expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.visit_target(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for c in &m.cases {
                    self.visit_pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&c.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.assign(n.id.as_str());
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.assign(&bound);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                    self.assign(&bound);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.check_declaration(n.id.as_str(), "global", g.range)?;
                    let n = self.mangled(n.id.as_str());
                    let f = self.cur().entry(&n);
                    f.global = true;
                    f.declared_at = Some(g.range);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err((
                        "nonlocal declaration not allowed at module level".into(),
                        g.range,
                    ));
                }
                for n in &g.names {
                    self.check_declaration(n.id.as_str(), "nonlocal", g.range)?;
                    let n = self.mangled(n.id.as_str());
                    let f = self.cur().entry(&n);
                    f.nonlocal = true;
                    f.declared_at = Some(g.range);
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    /// Capture names bind; value and class expressions are evaluated.
    fn visit_pattern(&mut self, p: &ast::Pattern) -> BResult {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.visit_expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for p in &s.patterns {
                    self.visit_pattern(p)?;
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.visit_expr(k)?;
                }
                for p in &m.patterns {
                    self.visit_pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.assign(r.id.as_str());
                }
            }
            P::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for p in &c.arguments.patterns {
                    self.visit_pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.assign(n.id.as_str());
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.assign(n.id.as_str());
                }
            }
            P::MatchOr(o) => {
                for p in &o.patterns {
                    self.visit_pattern(p)?;
                }
            }
        }
        Ok(())
    }

    fn visit_target(&mut self, t: &Expr) -> BResult {
        match t {
            Expr::Name(n) => self.assign(n.id.as_str()),
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.visit_target(e)?;
                }
            }
            Expr::List(t) => {
                for e in &t.elts {
                    self.visit_target(e)?;
                }
            }
            Expr::Starred(s) => self.visit_target(&s.value)?,
            other => self.visit_expr(other)?,
        }
        Ok(())
    }

    /// Why `yield` is not allowed in the current scope, if it is not.
    fn yield_error(&mut self) -> Option<String> {
        match self.cur().kind {
            ScopeKind::Function => None,
            ScopeKind::Comprehension => Some(format!("'yield' inside {}", self.cur().comp_name)),
            _ => Some("'yield' outside function".into()),
        }
    }

    fn visit_comprehension(
        &mut self,
        key: usize,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
        comp_name: &'static str,
    ) -> BResult {
        let is_gen = comp_name == "generator expression";
        // The first iterable is evaluated in the enclosing scope.
        self.visit_expr(&gens[0].iter)?;
        self.push_scope(ScopeKind::Comprehension, key);
        self.cur().is_generator = is_gen;
        self.cur().comp_name = comp_name;
        self.cur().params = vec![".0".to_string()];
        {
            let f = self.cur().entry(".0");
            f.param = true;
            f.assigned = true;
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter)?;
            }
            self.visit_target(&g.target)?;
            for c in &g.ifs {
                self.visit_expr(c)?;
            }
            if g.is_async {
                self.cur().is_coroutine = true;
            }
        }
        for e in elts {
            self.visit_expr(e)?;
        }
        self.stack.pop();
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> BResult {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.visit_expr(v)?;
                }
            }
            Expr::Named(n) => {
                self.visit_expr(&n.value)?;
                if let Expr::Name(name) = &*n.target {
                    let name = self.mangled(name.id.as_str());
                    // In a comprehension the target binds in the enclosing function scope.
                    let mut depth = self.stack.len() - 1;
                    while self.scopes[self.stack[depth]].kind == ScopeKind::Comprehension
                        && depth > 0
                    {
                        let idx = self.stack[depth];
                        self.scopes[idx].entry(&name).nonlocal = true;
                        depth -= 1;
                    }
                    let idx = self.stack[depth];
                    let kind = self.scopes[idx].kind;
                    if depth != self.stack.len() - 1 && kind == ScopeKind::Module {
                        // Comprehension at module level: the target is global.
                        for d in depth + 1..self.stack.len() {
                            let i = self.stack[d];
                            let f = self.scopes[i].entry(&name);
                            f.nonlocal = false;
                            f.global = true;
                        }
                    }
                    self.scopes[idx].entry(&name).assigned = true;
                }
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_params(p)?;
                }
                self.push_scope(ScopeKind::Function, node_key(l));
                if let Some(p) = &l.parameters {
                    self.declare_params(p);
                }
                self.visit_expr(&l.body)?;
                self.stack.pop();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for it in &d.items {
                    if let Some(k) = &it.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&it.value)?;
                }
            }
            Expr::Set(s) => {
                for e in &s.elts {
                    self.visit_expr(e)?;
                }
            }
            Expr::ListComp(c) => self.visit_comprehension(
                node_key(c),
                &c.generators,
                &[&c.elt],
                "list comprehension",
            )?,
            Expr::SetComp(c) => self.visit_comprehension(
                node_key(c),
                &c.generators,
                &[&c.elt],
                "set comprehension",
            )?,
            Expr::Generator(c) => self.visit_comprehension(
                node_key(c),
                &c.generators,
                &[&c.elt],
                "generator expression",
            )?,
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.visit_comprehension(node_key(c), &c.generators, &elts, "dict comprehension")?
            }
            Expr::Await(a) => {
                self.cur().is_coroutine = true;
                self.visit_expr(&a.value)?
            }
            Expr::Yield(y) => {
                if let Some(msg) = self.yield_error() {
                    return Err((msg, y.range));
                }
                self.cur().is_generator = true;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                if let Some(msg) = self.yield_error() {
                    return Err((msg, y.range));
                }
                if self.cur().is_async_def {
                    return Err(("'yield from' inside async function".into(), y.range));
                }
                self.cur().is_generator = true;
                self.visit_expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                for e in c.comparators.iter() {
                    self.visit_expr(e)?;
                }
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                if let Expr::Name(n) = &*c.func
                    && n.id.as_str() == "super"
                    && c.arguments.args.is_empty()
                {
                    self.cur().needs_class_cell = true;
                    self.use_name("__class__");
                }
                for a in c.arguments.args.iter() {
                    self.visit_expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.visit_fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::TString(_) => {}
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => {
                if n.id.as_str() == "__class__" {
                    self.cur().needs_class_cell = true;
                }
                match n.ctx {
                    ast::ExprContext::Store => self.assign(n.id.as_str()),
                    ast::ExprContext::Del => self.assign(n.id.as_str()),
                    _ => self.use_name(n.id.as_str()),
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.visit_expr(e)?;
                }
            }
            Expr::Tuple(l) => {
                for e in &l.elts {
                    self.visit_expr(e)?;
                }
            }
            Expr::Slice(s) => {
                for e in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(e)?;
                }
            }
        }
        Ok(())
    }

    fn visit_fstring_elements(&mut self, els: &ast::InterpolatedStringElements) -> BResult {
        for el in els.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.visit_expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.visit_fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }
}

/// Resolve names bottom-up. `enclosing` holds names bound in enclosing function scopes.
/// Returns the free names this scope needs from its parents.
fn analyze(
    t: &mut SymbolTable,
    idx: usize,
    enclosing: &[String],
) -> Result<Vec<String>, (String, ruff_text_size::TextRange)> {
    let kind = t.scopes[idx].kind;
    let is_func = matches!(kind, ScopeKind::Function | ScopeKind::Comprehension);
    let names: Vec<(String, Flags)> = t.scopes[idx]
        .order
        .iter()
        .map(|n| (n.clone(), t.scopes[idx].flags[n]))
        .collect();
    let mut resolved: HashMap<String, Resolved> = HashMap::default();
    let mut free: Vec<String> = Vec::new();
    for (n, f) in &names {
        let r = if f.global {
            Resolved::GlobalExplicit
        } else if f.nonlocal {
            if let Some(at) = f.declared_at
                && !enclosing.contains(n)
            {
                return Err((format!("no binding for nonlocal '{n}' found"), at));
            }
            free.push(n.clone());
            Resolved::Free
        } else if f.assigned || f.param {
            if is_func {
                Resolved::Local
            } else {
                Resolved::Name
            }
        } else if enclosing.contains(n) {
            free.push(n.clone());
            Resolved::Free
        } else if is_func {
            Resolved::GlobalImplicit
        } else {
            Resolved::Name
        };
        resolved.insert(n.clone(), r);
    }
    // The implicit __class__ cell of class bodies.
    let mut child_enclosing: Vec<String> = enclosing.to_vec();
    if is_func {
        for (n, r) in &resolved {
            if *r == Resolved::Local && !child_enclosing.contains(n) {
                child_enclosing.push(n.clone());
            }
        }
    }
    if kind == ScopeKind::Class {
        child_enclosing.push("__class__".to_string());
    }
    let children = t.scopes[idx].children.clone();
    let mut cells: Vec<String> = Vec::new();
    for c in children {
        let child_free = analyze(t, c, &child_enclosing)?;
        for n in child_free {
            let mine = resolved.get(&n).copied();
            match mine {
                Some(Resolved::Local) | Some(Resolved::Cell) if is_func => {
                    resolved.insert(n.clone(), Resolved::Cell);
                    if !cells.contains(&n) {
                        cells.push(n);
                    }
                }
                _ if kind == ScopeKind::Class && n == "__class__" => {
                    if !cells.contains(&n) {
                        cells.push(n);
                    }
                }
                Some(Resolved::Free) => {}
                _ => {
                    if kind == ScopeKind::Class {
                        // Passes through the class scope; the class's own binding is not visible.
                        if !free.contains(&n) {
                            free.push(n.clone());
                        }
                        if !resolved.contains_key(&n) {
                            resolved.insert(n.clone(), Resolved::Free);
                        }
                    } else if !free.contains(&n) {
                        free.push(n.clone());
                        resolved.insert(n.clone(), Resolved::Free);
                    }
                }
            }
        }
    }
    let scope = &mut t.scopes[idx];
    let mut varnames: Vec<String> = scope.params.clone();
    for n in &scope.order {
        if resolved.get(n) == Some(&Resolved::Local) && !varnames.contains(n) {
            varnames.push(n.clone());
        }
    }
    // Parameters that became cells stay in varnames (their initial value is copied in).
    for n in &scope.order {
        if resolved.get(n) == Some(&Resolved::Cell)
            && !varnames.contains(n)
            && scope.params.contains(n)
        {
            varnames.push(n.clone());
        }
    }
    scope.varnames = varnames;
    scope.cellvars = cells;
    let mut fv: Vec<String> = Vec::new();
    for n in &free {
        if !fv.contains(n) {
            fv.push(n.clone());
        }
    }
    scope.freevars = fv.clone();
    scope.resolved = resolved;
    Ok(fv)
}
