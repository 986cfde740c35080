/*
 * Fast paths for the entity recogniser, in C.
 *
 * Two scans run over every byte of every article and dominate the time the
 * recogniser takes on an archive:
 *
 * - WordTrie.scan: the whole-word, leftmost-longest search for every
 *   gazetteer name and trigger word (phrases.PhraseMatcher);
 * - scan_capitals: runs of capitalised words, upper-case abbreviations and
 *   numbers (scans.scan).
 *
 * Both have pure-Python equivalents that define what they must return (the
 * pyahocorasick automaton with the checks in phrases.py, the regular
 * expression in scans.py); the test-suite compares the two on generated
 * text.  The module is optional: without a C compiler the package installs
 * and runs on the Python paths.
 *
 * The texts given here are the "spaced" form of an article (see
 * phrases.spaced_text): one space, the folded body, one space.  A word starts
 * after a space, so a position in it is one more than in the body.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* ------------------------------------------------------------------------ */
/* Reading characters of a str of any kind                                   */

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t length;
} Text;

static int
text_init(Text *text, PyObject *object)
{
    if (!PyUnicode_Check(object)) {
        PyErr_SetString(PyExc_TypeError, "expected a str");
        return -1;
    }
    text->kind = PyUnicode_KIND(object);
    text->data = PyUnicode_DATA(object);
    text->length = PyUnicode_GET_LENGTH(object);
    return 0;
}

#define AT(text, index) PyUnicode_READ((text)->kind, (text)->data, (index))

/* ------------------------------------------------------------------------ */
/* WordTrie                                                                  */

typedef struct {
    PyObject *value; /* the tuple given to add() */
    PyObject *kind;  /* entity type; "" for a trigger word */
    PyObject *name;  /* canonical name; a trigger's kind */
    PyObject *plain; /* the phrase when every hit is spelt so, else NULL */
    int right;       /* no letter or digit may follow a hit */
    int trigger;
} Phrase;

#define EMPTY UINT64_MAX
#define ROOT_DIRECT 256

/* A node of the frozen trie: the nodes are laid out so that the children of a node
 * are contiguous and sorted, and a chain of single children is contiguous in
 * memory, which is what the scan walks most. */
typedef struct {
    Py_UCS4 label; /* the character on the edge into this node */
    int32_t terminal;
    uint32_t first; /* index of the first child */
    uint32_t count; /* number of children */
} Node;

#define WIDE 8       /* nodes with more children than this get a direct table */
#define DIRECT 128   /* the characters a direct table covers */

typedef struct {
    PyObject_HEAD
    /* The frozen form the scans walk; made on first use after the last add(). */
    Node *frozen;
    int32_t *tables;    /* the direct tables of wide nodes, DIRECT entries each */
    int32_t *direct_of; /* per node: its direct table when it is wide */
    int32_t frozen_root[ROOT_DIRECT];
    /* Edges of every node but the root's first 256 code points, in one hash
     * table with open addressing: key = node << 21 | code point. */
    uint64_t *keys;
    int32_t *targets;
    size_t capacity; /* a power of two */
    size_t used;
    int32_t root[ROOT_DIRECT];
    int32_t *terminal; /* per node: index into phrases, or -1 */
    size_t nodes;
    size_t nodes_capacity;
    Phrase *phrases;
    size_t count;
    size_t phrases_capacity;
    Py_ssize_t longest;
} WordTrie;

static inline size_t
slot_of(uint64_t key, size_t capacity)
{
    return (size_t)((key * UINT64_C(0x9E3779B97F4A7C15)) >> 17) & (capacity - 1);
}

static inline int32_t
child(const WordTrie *trie, int32_t node, Py_UCS4 ch)
{
    if (node == 0 && ch < ROOT_DIRECT) {
        return trie->root[ch];
    }
    uint64_t key = ((uint64_t)node << 21) | (uint64_t)ch;
    size_t mask = trie->capacity - 1;
    size_t slot = slot_of(key, trie->capacity);
    for (;;) {
        uint64_t found = trie->keys[slot];
        if (found == key) {
            return trie->targets[slot];
        }
        if (found == EMPTY) {
            return -1;
        }
        slot = (slot + 1) & mask;
    }
}

static int
grow_edges(WordTrie *trie)
{
    size_t capacity = trie->capacity ? trie->capacity * 2 : 1024;
    uint64_t *keys = PyMem_Malloc(capacity * sizeof(uint64_t));
    int32_t *targets = PyMem_Malloc(capacity * sizeof(int32_t));
    if (keys == NULL || targets == NULL) {
        PyMem_Free(keys);
        PyMem_Free(targets);
        PyErr_NoMemory();
        return -1;
    }
    memset(keys, 0xFF, capacity * sizeof(uint64_t));
    for (size_t i = 0; i < trie->capacity; i++) {
        uint64_t key = trie->keys[i];
        if (key == EMPTY) {
            continue;
        }
        size_t slot = slot_of(key, capacity);
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & (capacity - 1);
        }
        keys[slot] = key;
        targets[slot] = trie->targets[i];
    }
    PyMem_Free(trie->keys);
    PyMem_Free(trie->targets);
    trie->keys = keys;
    trie->targets = targets;
    trie->capacity = capacity;
    return 0;
}

static int32_t
new_node(WordTrie *trie)
{
    if (trie->nodes == trie->nodes_capacity) {
        size_t capacity = trie->nodes_capacity ? trie->nodes_capacity * 2 : 1024;
        if (capacity > INT32_MAX) {
            PyErr_SetString(PyExc_OverflowError, "too many phrases");
            return -1;
        }
        int32_t *terminal = PyMem_Realloc(trie->terminal, capacity * sizeof(int32_t));
        if (terminal == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        trie->terminal = terminal;
        trie->nodes_capacity = capacity;
    }
    trie->terminal[trie->nodes] = -1;
    return (int32_t)trie->nodes++;
}

/* The child of ``node`` for ``ch``, made when missing; -1 on error. */
static int32_t
child_or_new(WordTrie *trie, int32_t node, Py_UCS4 ch)
{
    int32_t found = child(trie, node, ch);
    if (found >= 0) {
        return found;
    }
    int32_t made = new_node(trie);
    if (made < 0) {
        return -1;
    }
    if (node == 0 && ch < ROOT_DIRECT) {
        trie->root[ch] = made;
        return made;
    }
    if ((trie->used + 1) * 2 > trie->capacity && grow_edges(trie) < 0) {
        return -1;
    }
    uint64_t key = ((uint64_t)node << 21) | (uint64_t)ch;
    size_t slot = slot_of(key, trie->capacity);
    while (trie->keys[slot] != EMPTY) {
        slot = (slot + 1) & (trie->capacity - 1);
    }
    trie->keys[slot] = key;
    trie->targets[slot] = made;
    trie->used++;
    return made;
}

/* The child of frozen ``node`` for ``ch``, or -1. */
static inline int32_t
frozen_child(const WordTrie *trie, int32_t node, Py_UCS4 ch)
{
    if (node == 0 && ch < ROOT_DIRECT) {
        return trie->frozen_root[ch];
    }
    const Node *nodes = trie->frozen;
    if (nodes[node].count > WIDE && ch < DIRECT) {
        return trie->tables[(size_t)trie->direct_of[node] * DIRECT + ch];
    }
    uint32_t low = nodes[node].first;
    uint32_t end = low + nodes[node].count;
    uint32_t high = end;
    if (high - low <= 8) {
        for (uint32_t i = low; i < high; i++) {
            if (nodes[i].label == ch) {
                return (int32_t)i;
            }
        }
        return -1;
    }
    while (low < high) {
        uint32_t middle = low + (high - low) / 2;
        if (nodes[middle].label < ch) {
            low = middle + 1;
        }
        else {
            high = middle;
        }
    }
    return (low < end && nodes[low].label == ch) ? (int32_t)low : -1;
}

typedef struct {
    Py_UCS4 label;
    int32_t target;
} Edge;

static int
compare_edges(const void *a, const void *b)
{
    Py_UCS4 x = ((const Edge *)a)->label;
    Py_UCS4 y = ((const Edge *)b)->label;
    return (x > y) - (x < y);
}

/* Lay the trie out as ``frozen`` (see Node); 0 on success. */
static int
freeze(WordTrie *trie)
{
    size_t n = trie->nodes;
    size_t edges = n - 1;
    uint32_t *start = PyMem_Calloc(n + 1, sizeof(uint32_t));
    Edge *by_parent = PyMem_Malloc((edges ? edges : 1) * sizeof(Edge));
    int32_t *placed = PyMem_Malloc(n * sizeof(int32_t));
    int32_t *stack = PyMem_Malloc(n * sizeof(int32_t));
    Node *nodes = PyMem_Malloc(n * sizeof(Node));
    if (start == NULL || by_parent == NULL || placed == NULL || stack == NULL ||
        nodes == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    /* Group the edges by parent (counting sort), then sort each group by label. */
    for (int c = 0; c < ROOT_DIRECT; c++) {
        if (trie->root[c] >= 0) {
            start[1]++;
        }
    }
    for (size_t i = 0; i < trie->capacity; i++) {
        if (trie->keys[i] != EMPTY) {
            start[(trie->keys[i] >> 21) + 1]++;
        }
    }
    for (size_t i = 0; i < n; i++) {
        start[i + 1] += start[i];
    }
    {
        uint32_t *fill = PyMem_Malloc(n * sizeof(uint32_t));
        if (fill == NULL) {
            PyErr_NoMemory();
            goto done;
        }
        memcpy(fill, start, n * sizeof(uint32_t));
        for (int c = 0; c < ROOT_DIRECT; c++) {
            if (trie->root[c] >= 0) {
                by_parent[fill[0]++] = (Edge){(Py_UCS4)c, trie->root[c]};
            }
        }
        for (size_t i = 0; i < trie->capacity; i++) {
            uint64_t key = trie->keys[i];
            if (key != EMPTY) {
                size_t parent = (size_t)(key >> 21);
                by_parent[fill[parent]++] =
                    (Edge){(Py_UCS4)(key & 0x1FFFFF), trie->targets[i]};
            }
        }
        PyMem_Free(fill);
    }
    for (size_t i = 0; i < n; i++) {
        if (start[i + 1] - start[i] > 1) {
            qsort(by_parent + start[i], start[i + 1] - start[i], sizeof(Edge), compare_edges);
        }
    }
    /* Depth first: each node's children are placed as one block when it is visited. */
    uint32_t next = 1;
    size_t depth = 0;
    placed[0] = 0;
    nodes[0] = (Node){0, trie->terminal[0], 0, 0};
    stack[depth++] = 0;
    while (depth) {
        int32_t old = stack[--depth];
        Node *node = &nodes[placed[old]];
        uint32_t count = start[old + 1] - start[old];
        node->first = next;
        node->count = count;
        for (uint32_t k = 0; k < count; k++) {
            Edge edge = by_parent[start[old] + k];
            placed[edge.target] = (int32_t)(next + k);
            nodes[next + k] = (Node){edge.label, trie->terminal[edge.target], 0, 0};
        }
        next += count;
        for (uint32_t k = count; k-- > 0;) {
            stack[depth++] = by_parent[start[old] + k].target;
        }
    }
    for (int c = 0; c < ROOT_DIRECT; c++) {
        trie->frozen_root[c] = trie->root[c] >= 0 ? placed[trie->root[c]] : -1;
    }
    size_t wide = 0;
    for (size_t i = 0; i < n; i++) {
        wide += nodes[i].count > WIDE;
    }
    int32_t *tables = PyMem_Malloc((wide ? wide : 1) * DIRECT * sizeof(int32_t));
    int32_t *direct_of = PyMem_Malloc(n * sizeof(int32_t));
    if (tables == NULL || direct_of == NULL) {
        PyMem_Free(tables);
        PyMem_Free(direct_of);
        PyErr_NoMemory();
        goto done;
    }
    memset(tables, 0xFF, (wide ? wide : 1) * DIRECT * sizeof(int32_t));
    int32_t table = 0;
    for (size_t i = 0; i < n; i++) {
        if (nodes[i].count <= WIDE) {
            continue;
        }
        direct_of[i] = table;
        for (uint32_t k = nodes[i].first; k < nodes[i].first + nodes[i].count; k++) {
            if (nodes[k].label < DIRECT) {
                tables[(size_t)table * DIRECT + nodes[k].label] = (int32_t)k;
            }
        }
        table++;
    }
    PyMem_Free(trie->tables);
    trie->tables = tables;
    PyMem_Free(trie->direct_of);
    trie->direct_of = direct_of;
    PyMem_Free(trie->frozen);
    trie->frozen = nodes;
    nodes = NULL;
done:
    PyMem_Free(start);
    PyMem_Free(by_parent);
    PyMem_Free(placed);
    PyMem_Free(stack);
    PyMem_Free(nodes);
    return trie->frozen == NULL ? -1 : 0;
}

static int
WordTrie_init(WordTrie *self, PyObject *args, PyObject *kwds)
{
    static char *keywords[] = {NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, ":WordTrie", keywords)) {
        return -1;
    }
    if (self->nodes) {
        PyErr_SetString(PyExc_RuntimeError, "WordTrie is already initialised");
        return -1;
    }
    for (int i = 0; i < ROOT_DIRECT; i++) {
        self->root[i] = -1;
    }
    if (grow_edges(self) < 0 || new_node(self) < 0) {
        return -1;
    }
    return 0;
}

static void
WordTrie_dealloc(WordTrie *self)
{
    for (size_t i = 0; i < self->count; i++) {
        Phrase *phrase = &self->phrases[i];
        Py_XDECREF(phrase->value);
        Py_XDECREF(phrase->kind);
        Py_XDECREF(phrase->name);
        Py_XDECREF(phrase->plain);
    }
    PyMem_Free(self->phrases);
    PyMem_Free(self->keys);
    PyMem_Free(self->targets);
    PyMem_Free(self->terminal);
    PyMem_Free(self->frozen);
    PyMem_Free(self->tables);
    PyMem_Free(self->direct_of);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

PyDoc_STRVAR(WordTrie_add_doc,
             "add(phrase, value) -> bool\n\n"
             "Store ``phrase`` with ``value`` = (length, right, kind, name, plain); False when\n"
             "the phrase is already stored (the first value is kept).");

static PyObject *
WordTrie_add(WordTrie *self, PyObject *args)
{
    PyObject *phrase_text;
    PyObject *value;
    if (!PyArg_ParseTuple(args, "UO!:add", &phrase_text, &PyTuple_Type, &value)) {
        return NULL;
    }
    if (self->nodes == 0) {
        PyErr_SetString(PyExc_RuntimeError, "WordTrie is not initialised");
        return NULL;
    }
    if (PyTuple_GET_SIZE(value) != 5) {
        PyErr_SetString(PyExc_ValueError, "value must be (length, right, kind, name, plain)");
        return NULL;
    }
    PyObject *kind = PyTuple_GET_ITEM(value, 2);
    PyObject *plain = PyTuple_GET_ITEM(value, 4);
    if (!PyUnicode_Check(kind) || !PyUnicode_Check(plain)) {
        PyErr_SetString(PyExc_TypeError, "kind and plain must be str");
        return NULL;
    }
    int right = PyObject_IsTrue(PyTuple_GET_ITEM(value, 1));
    if (right < 0) {
        return NULL;
    }
    Text text;
    if (text_init(&text, phrase_text) < 0) {
        return NULL;
    }
    if (text.length == 0) {
        Py_RETURN_FALSE;
    }
    int32_t node = 0;
    for (Py_ssize_t i = 0; i < text.length; i++) {
        node = child_or_new(self, node, AT(&text, i));
        if (node < 0) {
            return NULL;
        }
    }
    if (self->terminal[node] >= 0) {
        Py_RETURN_FALSE;
    }
    PyMem_Free(self->frozen);
    self->frozen = NULL;
    if (self->count == self->phrases_capacity) {
        size_t capacity = self->phrases_capacity ? self->phrases_capacity * 2 : 256;
        Phrase *phrases = PyMem_Realloc(self->phrases, capacity * sizeof(Phrase));
        if (phrases == NULL) {
            return PyErr_NoMemory();
        }
        self->phrases = phrases;
        self->phrases_capacity = capacity;
    }
    Phrase *phrase = &self->phrases[self->count];
    phrase->value = Py_NewRef(value);
    phrase->kind = Py_NewRef(kind);
    phrase->name = Py_NewRef(PyTuple_GET_ITEM(value, 3));
    phrase->plain = PyUnicode_GET_LENGTH(plain) ? Py_NewRef(plain) : NULL;
    phrase->right = right;
    phrase->trigger = PyUnicode_GET_LENGTH(kind) == 0;
    self->terminal[node] = (int32_t)self->count++;
    if (text.length > self->longest) {
        self->longest = text.length;
    }
    Py_RETURN_TRUE;
}

/* The next word start at or after ``at`` (a position just after a space) whose first
 * character may begin a phrase, or -1.  Most words cannot (they start in lower case),
 * so this loop is where the scan spends the time it does not spend on hits. */
static Py_ssize_t
next_candidate(const WordTrie *trie, const Text *text, Py_ssize_t at)
{
    Py_ssize_t n = text->length;
    if (at < 1) {
        at = 1;
    }
    const int32_t *root = trie->frozen_root;
#define CANDIDATE_LOOP(type)                                                              \
    do {                                                                                  \
        const type *data = (const type *)text->data;                                      \
        for (Py_ssize_t i = at; i < n; i++) {                                             \
            if (data[i - 1] == ' ') {                                                     \
                Py_UCS4 ch = data[i];                                                     \
                if (ch < ROOT_DIRECT ? root[ch] >= 0 : frozen_child(trie, 0, ch) >= 0) {  \
                    return i;                                                             \
                }                                                                         \
            }                                                                             \
        }                                                                                 \
    } while (0)
    switch (text->kind) {
        case PyUnicode_1BYTE_KIND:
            CANDIDATE_LOOP(Py_UCS1);
            break;
        case PyUnicode_2BYTE_KIND:
            CANDIDATE_LOOP(Py_UCS2);
            break;
        default:
            CANDIDATE_LOOP(Py_UCS4);
            break;
    }
#undef CANDIDATE_LOOP
    return -1;
}

/* The longest phrase that starts at ``start``: its index (or -1), and its end in *end. */
static int32_t
longest_from(const WordTrie *trie, const Text *text, Py_ssize_t start, Py_ssize_t *end)
{
    int32_t node = 0;
    int32_t best = -1;
    Py_ssize_t n = text->length;
    const Node *nodes = trie->frozen;
#define WALK(type)                                                                        \
    do {                                                                                  \
        const type *data = (const type *)text->data;                                      \
        for (Py_ssize_t j = start; j < n; j++) {                                          \
            node = frozen_child(trie, node, data[j]);                                     \
            if (node < 0) {                                                               \
                break;                                                                    \
            }                                                                             \
            if (nodes[node].terminal >= 0) {                                              \
                best = nodes[node].terminal;                                              \
                *end = j + 1;                                                             \
            }                                                                             \
        }                                                                                 \
    } while (0)
    switch (text->kind) {
        case PyUnicode_1BYTE_KIND:
            WALK(Py_UCS1);
            break;
        case PyUnicode_2BYTE_KIND:
            WALK(Py_UCS2);
            break;
        default:
            WALK(Py_UCS4);
            break;
    }
#undef WALK
    return best;
}

PyDoc_STRVAR(WordTrie_longest_at_doc,
             "longest_at(text, start) -> (length, value) | None\n\n"
             "The longest stored phrase ``text`` holds at ``start``, whatever follows it.");

static PyObject *
WordTrie_longest_at(WordTrie *self, PyObject *args)
{
    PyObject *object;
    Py_ssize_t start;
    if (!PyArg_ParseTuple(args, "Un:longest_at", &object, &start)) {
        return NULL;
    }
    Text text;
    if (text_init(&text, object) < 0) {
        return NULL;
    }
    if (self->nodes == 0) {
        Py_RETURN_NONE;
    }
    if (self->frozen == NULL && freeze(self) < 0) {
        return NULL;
    }
    if (start < 0 || start >= text.length) {
        Py_RETURN_NONE;
    }
    Py_ssize_t end = start;
    int32_t best = longest_from(self, &text, start, &end);
    if (best < 0) {
        Py_RETURN_NONE;
    }
    return Py_BuildValue("nO", end - start, self->phrases[best].value);
}

/* A new instance of the tuple subclass ``type`` holding the five given references. */
static PyObject *
new_record(PyTypeObject *type, PyObject *items[5])
{
    PyObject *record = type->tp_alloc(type, 5);
    if (record == NULL) {
        for (int i = 0; i < 5; i++) {
            Py_DECREF(items[i]);
        }
        return NULL;
    }
    for (int i = 0; i < 5; i++) {
        PyTuple_SET_ITEM(record, i, items[i]);
    }
    return record;
}

PyDoc_STRVAR(WordTrie_scan_doc,
             "scan(spaced, text, mention_type) -> (hits, triggers)\n\n"
             "Every phrase that starts a word of ``spaced`` (``phrases.spaced_text`` of the\n"
             "folded ``text``), leftmost first and longest at each start, never overlapping;\n"
             "a hit followed by a letter or digit is dropped when its phrase asks so.\n"
             "Hits are ``mention_type(start, end, text[start:end], kind, name)`` in offsets of\n"
             "``text``; trigger words come apart as ``(start, end, kind)``.");

static PyObject *
WordTrie_scan(WordTrie *self, PyObject *args)
{
    PyObject *spaced_object;
    PyObject *body;
    PyTypeObject *mention_type;
    if (!PyArg_ParseTuple(args, "UUO!:scan", &spaced_object, &body, &PyType_Type,
                          &mention_type)) {
        return NULL;
    }
    if (!PyType_IsSubtype(mention_type, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "mention_type must be a tuple type");
        return NULL;
    }
    Text spaced;
    if (text_init(&spaced, spaced_object) < 0) {
        return NULL;
    }
    if (PyUnicode_GET_LENGTH(body) + 2 != spaced.length) {
        PyErr_SetString(PyExc_ValueError, "spaced must be the text between two spaces");
        return NULL;
    }
    PyObject *hits = PyList_New(0);
    PyObject *triggers = PyList_New(0);
    if (hits == NULL || triggers == NULL) {
        goto fail;
    }
    if (self->nodes == 0) {
        return Py_BuildValue("NN", hits, triggers);
    }
    if (self->frozen == NULL && freeze(self) < 0) {
        goto fail;
    }
    Py_ssize_t n = spaced.length;
    Py_ssize_t at = 1;
    for (;;) {
        Py_ssize_t start = next_candidate(self, &spaced, at);
        if (start < 0) {
            break;
        }
        Py_ssize_t end = start;
        int32_t best = longest_from(self, &spaced, start, &end);
        if (best < 0) {
            at = start + 1;
            continue;
        }
        at = end + 1;
        const Phrase *phrase = &self->phrases[best];
        if (phrase->right && end < n && Py_UNICODE_ISALNUM(AT(&spaced, end))) {
            continue;
        }
        /* Offsets in the body are one less than in the spaced text. */
        Py_ssize_t body_start = start - 1;
        Py_ssize_t body_end = end - 1;
        PyObject *item;
        if (phrase->trigger) {
            item = PyTuple_New(3);
            PyObject *first = PyLong_FromSsize_t(body_start);
            PyObject *last = PyLong_FromSsize_t(body_end);
            if (item == NULL || first == NULL || last == NULL) {
                Py_XDECREF(item);
                Py_XDECREF(first);
                Py_XDECREF(last);
                goto fail;
            }
            PyTuple_SET_ITEM(item, 0, first);
            PyTuple_SET_ITEM(item, 1, last);
            PyTuple_SET_ITEM(item, 2, Py_NewRef(phrase->name));
        }
        else {
            PyObject *span = phrase->plain ? Py_NewRef(phrase->plain)
                                           : PyUnicode_Substring(body, body_start, body_end);
            PyObject *first = PyLong_FromSsize_t(body_start);
            PyObject *last = PyLong_FromSsize_t(body_end);
            if (span == NULL || first == NULL || last == NULL) {
                Py_XDECREF(span);
                Py_XDECREF(first);
                Py_XDECREF(last);
                goto fail;
            }
            PyObject *items[5] = {first, last, span, Py_NewRef(phrase->kind),
                                  Py_NewRef(phrase->name)};
            item = new_record(mention_type, items);
            if (item != NULL) {
                /* Ints and strings only: nothing for the cycle collector to visit. */
                PyObject_GC_UnTrack(item);
            }
        }
        if (item == NULL) {
            goto fail;
        }
        int failed = PyList_Append(phrase->trigger ? triggers : hits, item);
        Py_DECREF(item);
        if (failed) {
            goto fail;
        }
    }
    return Py_BuildValue("NN", hits, triggers);

fail:
    Py_XDECREF(hits);
    Py_XDECREF(triggers);
    return NULL;
}

static PyObject *
WordTrie_freeze(WordTrie *self, PyObject *Py_UNUSED(ignored))
{
    if (self->nodes == 0) {
        PyErr_SetString(PyExc_RuntimeError, "WordTrie is not initialised");
        return NULL;
    }
    if (self->frozen == NULL && freeze(self) < 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
WordTrie_len(WordTrie *self, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromSize_t(self->count);
}

static PyObject *
WordTrie_get_longest(WordTrie *self, void *Py_UNUSED(closure))
{
    return PyLong_FromSsize_t(self->longest);
}

static PyMethodDef WordTrie_methods[] = {
    {"add", (PyCFunction)WordTrie_add, METH_VARARGS, WordTrie_add_doc},
    {"scan", (PyCFunction)WordTrie_scan, METH_VARARGS, WordTrie_scan_doc},
    {"longest_at", (PyCFunction)WordTrie_longest_at, METH_VARARGS, WordTrie_longest_at_doc},
    {"count", (PyCFunction)WordTrie_len, METH_NOARGS, "The number of phrases stored."},
    {"freeze", (PyCFunction)WordTrie_freeze, METH_NOARGS,
     "Lay the trie out for scanning now (else the first scan after add() does)."},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef WordTrie_getset[] = {
    {"longest", (getter)WordTrie_get_longest, NULL, "The length of the longest phrase.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject WordTrieType = {
    .ob_base = PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "briefing_tui.entities._scanner.WordTrie",
    .tp_doc = PyDoc_STR("Phrases found at word starts: whole words, leftmost-longest."),
    .tp_basicsize = sizeof(WordTrie),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)WordTrie_init,
    .tp_dealloc = (destructor)WordTrie_dealloc,
    .tp_methods = WordTrie_methods,
    .tp_getset = WordTrie_getset,
};

/* ------------------------------------------------------------------------ */
/* scan_capitals: the regular expression ``scans._ANY`` by hand              */

static inline int
is_upper_ascii(Py_UCS4 ch)
{
    return ch >= 'A' && ch <= 'Z';
}

static inline int
is_alnum_ascii(Py_UCS4 ch)
{
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
}

static inline int
is_alpha_ascii(Py_UCS4 ch)
{
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

/* ``scans._NAME_BLOCKS``: the letters of names beyond ASCII. */
static inline int
in_name_blocks(Py_UCS4 ch)
{
    return (ch >= 0x80 && ch < 0x530) || (ch >= 0x1E00 && ch < 0x1F00);
}

/* ``scans._UPPER``: a capital that may start a name's word. */
static inline int
is_name_upper(Py_UCS4 ch)
{
    return ch < 128 ? (ch >= 'A' && ch <= 'Z') : (in_name_blocks(ch) && Py_UNICODE_ISUPPER(ch));
}

/* ``scans._LETTER``: a letter or digit inside a name's word. */
static inline int
is_name_letter(Py_UCS4 ch)
{
    return ch < 128 ? is_alnum_ascii(ch) : (in_name_blocks(ch) && Py_UNICODE_ISALPHA(ch));
}

/* ``scans._RUN_TOKEN`` at ``at``: a capital, then letters, digits, hyphens and
   apostrophes before a letter (not the "'s" that ends a word); its end, or -1. */
static Py_ssize_t
run_token(const Text *text, Py_ssize_t at)
{
    Py_ssize_t n = text->length;
    if (at >= n || !is_name_upper(AT(text, at))) {
        return -1;
    }
    Py_ssize_t end = at + 1;
    while (end < n) {
        Py_UCS4 ch = AT(text, end);
        if (is_alnum_ascii(ch) || ch == '-') {
            end++;
            continue;
        }
        if (ch == '\'') {
            if (end + 1 >= n || !is_alpha_ascii(AT(text, end + 1))) {
                break;
            }
            if (AT(text, end + 1) == 's' && !(end + 2 < n && is_alpha_ascii(AT(text, end + 2)))) {
                break;
            }
        }
        else if (!is_name_letter(ch)) {
            break;
        }
        end++;
    }
    return end > at + 1 ? end : -1;
}

/* ``(?:of|and|the|de|al|bin) `` at ``at``: the position after its space, or -1. */
static Py_ssize_t
joiner(const Text *text, Py_ssize_t at)
{
    Py_ssize_t n = text->length;
    const char *word;
    switch (at < n ? AT(text, at) : 0) {
        case 'o':
            word = "of";
            break;
        case 'a':
            word = (at + 1 < n && AT(text, at + 1) == 'n') ? "and" : "al";
            break;
        case 't':
            word = "the";
            break;
        case 'd':
            word = "de";
            break;
        case 'b':
            word = "bin";
            break;
        default:
            return -1;
    }
    Py_ssize_t size = (Py_ssize_t)strlen(word);
    if (at + size >= n) {
        return -1;
    }
    for (Py_ssize_t i = 1; i < size; i++) {
        if (AT(text, at + i) != (Py_UCS4)(unsigned char)word[i]) {
            return -1;
        }
    }
    return AT(text, at + size) == ' ' ? at + size + 1 : -1;
}

/* A run of two or more capitalised words (``scans._RUN_BODY``): its end, or -1. */
static Py_ssize_t
capital_run(const Text *text, Py_ssize_t at)
{
    Py_ssize_t end = run_token(text, at);
    if (end < 0) {
        return -1;
    }
    Py_ssize_t last = -1;
    while (end < text->length && AT(text, end) == ' ') {
        Py_ssize_t next = -1;
        Py_ssize_t after = joiner(text, end + 1);
        if (after >= 0) {
            next = run_token(text, after);
        }
        if (next < 0) {
            next = run_token(text, end + 1);
        }
        if (next < 0) {
            break;
        }
        end = last = next;
    }
    return last;
}

/* How many of ``[A-Z]`` start at ``at`` (counting stops at 7). */
static Py_ssize_t
upper_count(const Text *text, Py_ssize_t at)
{
    Py_ssize_t count = 0;
    while (count < 7 && at + count < text->length && is_upper_ascii(AT(text, at + count))) {
        count++;
    }
    return count;
}

/* One word of an abbreviation, ``[A-Z]{2,6}`` not followed by ``[A-Za-z0-9]``: its end, or -1. */
static Py_ssize_t
abbreviation_word(const Text *text, Py_ssize_t at)
{
    Py_ssize_t count = upper_count(text, at);
    if (count < 2 || count > 6) {
        return -1;
    }
    Py_ssize_t end = at + count;
    if (end < text->length && is_alnum_ascii(AT(text, end))) {
        return -1;
    }
    return end;
}

/* ``scans._CAPS_BODY``: up to three abbreviation words: the end, or -1. */
static Py_ssize_t
abbreviation(const Text *text, Py_ssize_t at)
{
    Py_ssize_t end = abbreviation_word(text, at);
    if (end < 0) {
        return -1;
    }
    for (int more = 0; more < 2; more++) {
        if (end >= text->length || AT(text, end) != ' ') {
            break;
        }
        Py_ssize_t next = abbreviation_word(text, end + 1);
        if (next < 0) {
            break;
        }
        end = next;
    }
    return end;
}

/* ``scans._NUMBER_BODY``, at a decimal digit: its end. */
static Py_ssize_t
number(const Text *text, Py_ssize_t at)
{
    Py_ssize_t n = text->length;
    Py_ssize_t end = at + 1;
    while (end < n && (Py_UNICODE_ISDECIMAL(AT(text, end)) || AT(text, end) == ',')) {
        end++;
    }
    if (end + 1 < n && AT(text, end) == '.' && Py_UNICODE_ISDECIMAL(AT(text, end + 1))) {
        end += 2;
        while (end < n && Py_UNICODE_ISDECIMAL(AT(text, end))) {
            end++;
        }
    }
    return end;
}

static int
append_span(PyObject *list, PyObject *source, Py_ssize_t space, Py_ssize_t end)
{
    PyObject *part = PyUnicode_Substring(source, space + 1, end);
    if (part == NULL) {
        return -1;
    }
    PyObject *item = Py_BuildValue("nnN", space, end - 1, part);
    if (item == NULL) {
        return -1;
    }
    int failed = PyList_Append(list, item);
    Py_DECREF(item);
    return failed;
}

static int
has_two_capitals(const Text *text, Py_ssize_t start, Py_ssize_t end)
{
    for (Py_ssize_t i = start + 1; i < end; i++) {
        if (is_upper_ascii(AT(text, i)) && is_upper_ascii(AT(text, i - 1))) {
            return 1;
        }
    }
    return 0;
}

PyDoc_STRVAR(scan_capitals_doc,
             "scan_capitals(spaced) -> (runs, capitals, numbers, inner)\n\n"
             "What ``scans._ANY.finditer(spaced)`` finds, sorted into runs of capitalised\n"
             "words, abbreviations and numbers, as (start, end, text) in offsets of the body;\n"
             "``inner`` holds the (start, end) in ``spaced`` of runs with two capitals in a row,\n"
             "where abbreviations are looked for again.");

/* The next space at or after ``at`` followed by a name's capital or a decimal digit,
 * or -1: where ``scans._ANY`` can match at all. */
static Py_ssize_t
next_capital_or_digit(const Text *text, Py_ssize_t at)
{
    Py_ssize_t last = text->length - 1;
#define STARTS(ch) \
    ((ch) < 128 ? (((ch) >= 'A' && (ch) <= 'Z') || ((ch) >= '0' && (ch) <= '9')) \
                : (Py_UNICODE_ISDECIMAL(ch) || is_name_upper(ch)))
#define SPACE_LOOP(type)                                                                  \
    do {                                                                                  \
        const type *data = (const type *)text->data;                                      \
        for (Py_ssize_t i = at; i < last; i++) {                                          \
            if (data[i] == ' ' && STARTS((Py_UCS4)data[i + 1])) {                         \
                return i;                                                                 \
            }                                                                             \
        }                                                                                 \
    } while (0)
    switch (text->kind) {
        case PyUnicode_1BYTE_KIND:
            SPACE_LOOP(Py_UCS1);
            break;
        case PyUnicode_2BYTE_KIND:
            SPACE_LOOP(Py_UCS2);
            break;
        default:
            SPACE_LOOP(Py_UCS4);
            break;
    }
#undef SPACE_LOOP
#undef STARTS
    return -1;
}

static PyObject *
scan_capitals(PyObject *Py_UNUSED(module), PyObject *object)
{
    Text text;
    if (text_init(&text, object) < 0) {
        return NULL;
    }
    PyObject *runs = PyList_New(0);
    PyObject *capitals = PyList_New(0);
    PyObject *numbers = PyList_New(0);
    PyObject *inner = PyList_New(0);
    if (runs == NULL || capitals == NULL || numbers == NULL || inner == NULL) {
        goto fail;
    }
    Py_ssize_t n = text.length;
    Py_ssize_t at = 0;
    for (;;) {
        Py_ssize_t space = next_capital_or_digit(&text, at);
        if (space < 0 || space + 1 >= n) {
            break;
        }
        Py_ssize_t start = space + 1;
        Py_UCS4 first = AT(&text, start);
        Py_ssize_t end;
        if (is_name_upper(first)) {
            end = capital_run(&text, start);
            if (end >= 0) {
                if (append_span(runs, object, space, end) < 0) {
                    goto fail;
                }
                if (has_two_capitals(&text, start, end)) {
                    PyObject *span = Py_BuildValue("nn", space, end);
                    if (span == NULL || PyList_Append(inner, span) < 0) {
                        Py_XDECREF(span);
                        goto fail;
                    }
                    Py_DECREF(span);
                }
                at = end;
                continue;
            }
            end = abbreviation(&text, start);
            if (end >= 0) {
                if (append_span(capitals, object, space, end) < 0) {
                    goto fail;
                }
                at = end;
                continue;
            }
        }
        else if (Py_UNICODE_ISDECIMAL(first)) {
            end = number(&text, start);
            if (append_span(numbers, object, space, end) < 0) {
                goto fail;
            }
            at = end;
            continue;
        }
        at = start;
    }
    return Py_BuildValue("NNNN", runs, capitals, numbers, inner);

fail:
    Py_XDECREF(runs);
    Py_XDECREF(capitals);
    Py_XDECREF(numbers);
    Py_XDECREF(inner);
    return NULL;
}

/* ------------------------------------------------------------------------ */
/* Module                                                                    */

/* ------------------------------------------------------------------------ */
/* fold_and_space: gazetteer.fold and phrases.spaced_text in one pass        */

#define MAX_MAPPED 64
#define BMP_WORDS (0x10000 / 64)

#if defined(__GNUC__) || defined(__clang__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

typedef struct {
    Py_UCS4 from[MAX_MAPPED];
    Py_UCS4 to[MAX_MAPPED];
    int count;
    Py_UCS4 low[256]; /* the mapping of the first 256 code points */
    /* One bit per code point from 256 to U+FFFF: set when the map changes it, so
     * that Cyrillic, Arabic and most punctuation are passed over without a search. */
    uint64_t mapped[BMP_WORDS];
} CharMap;

static CharMap fold_map;
static CharMap space_map;
/* The spaced form of the folded form of each of the first 256 code points: one
 * look-up for both maps where most text lies. */
static Py_UCS4 spaced_low[256];
static int maps_set = 0;

static inline Py_UCS4
map_char(const CharMap *map, Py_UCS4 ch)
{
    if (ch < 256) {
        return map->low[ch];
    }
    if (ch < 0x10000 && !((map->mapped[ch >> 6] >> (ch & 63)) & 1)) {
        return ch;
    }
    for (int i = 0; i < map->count; i++) {
        if (map->from[i] == ch) {
            return map->to[i];
        }
    }
    return ch;
}

static int
load_map(CharMap *map, PyObject *mapping)
{
    if (!PyDict_Check(mapping) || PyDict_GET_SIZE(mapping) > MAX_MAPPED) {
        PyErr_SetString(PyExc_TypeError, "a dict of at most 64 one-character strings");
        return -1;
    }
    CharMap made;
    made.count = 0;
    for (int c = 0; c < 256; c++) {
        made.low[c] = (Py_UCS4)c;
    }
    memset(made.mapped, 0, sizeof(made.mapped));
    PyObject *key;
    PyObject *value;
    Py_ssize_t position = 0;
    while (PyDict_Next(mapping, &position, &key, &value)) {
        if (!PyUnicode_Check(key) || !PyUnicode_Check(value) || PyUnicode_GET_LENGTH(key) != 1 ||
            PyUnicode_GET_LENGTH(value) != 1) {
            PyErr_SetString(PyExc_TypeError, "a dict of one-character strings");
            return -1;
        }
        Py_UCS4 from = PyUnicode_READ_CHAR(key, 0);
        Py_UCS4 to = PyUnicode_READ_CHAR(value, 0);
        if (from < 256) {
            made.low[from] = to;
        }
        else if (from < 0x10000) {
            made.mapped[from >> 6] |= UINT64_C(1) << (from & 63);
        }
        made.from[made.count] = from;
        made.to[made.count] = to;
        made.count++;
    }
    *map = made;
    return 0;
}

PyDoc_STRVAR(set_maps_doc,
             "set_maps(fold, openers)\n\n"
             "The characters ``fold_and_space`` changes: ``gazetteer._FOLD`` and\n"
             "``phrases._OPENERS`` (one character to one character).");

static PyObject *
set_maps(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *fold;
    PyObject *openers;
    if (!PyArg_ParseTuple(args, "OO:set_maps", &fold, &openers)) {
        return NULL;
    }
    if (load_map(&fold_map, fold) < 0 || load_map(&space_map, openers) < 0) {
        maps_set = 0;
        return NULL;
    }
    for (int ch = 0; ch < 256; ch++) {
        spaced_low[ch] = map_char(&space_map, fold_map.low[ch]);
    }
    maps_set = 1;
    Py_RETURN_NONE;
}

/* One character folded, and the folded one spaced: the first 256 from both tables at
 * once, the rest through the maps. */
static ALWAYS_INLINE void
fold_one_char(Py_UCS4 raw, Py_UCS4 *folded, Py_UCS4 *spaced)
{
    if (raw < 256) {
        *folded = fold_map.low[raw];
        *spaced = spaced_low[raw];
    }
    else {
        *folded = map_char(&fold_map, raw);
        *spaced = map_char(&space_map, *folded);
    }
}

/* The first pass over a text of one kind: the widest folded and spaced characters,
 * and whether folding changes anything.  Inlined with a constant ``kind``, the reads
 * are plain loads. */
static ALWAYS_INLINE void
measure_folds(int kind, const void *data, Py_ssize_t n, Py_UCS4 *folded_max,
              Py_UCS4 *spaced_max, int *changed)
{
    Py_UCS4 fmax = 0;
    Py_UCS4 smax = ' ';
    int any = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        Py_UCS4 folded;
        Py_UCS4 spaced;
        fold_one_char(ch, &folded, &spaced);
        any |= folded != ch;
        fmax = folded > fmax ? folded : fmax;
        smax = spaced > smax ? spaced : smax;
    }
    *folded_max = fmax;
    *spaced_max = smax;
    *changed = any;
}

/* The second pass: the folded text (when it changed) and the spaced one after the
 * opening space.  Specialised on the kinds of the text and of the spaced text. */
static ALWAYS_INLINE void
write_folds(int kind, const void *data, Py_ssize_t n, int folded_kind, void *folded_data,
            int spaced_kind, void *spaced_data)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 raw = PyUnicode_READ(kind, data, i);
        Py_UCS4 ch;
        Py_UCS4 spaced;
        fold_one_char(raw, &ch, &spaced);
        if (folded_data != NULL) {
            PyUnicode_WRITE(folded_kind, folded_data, i, ch);
        }
        PyUnicode_WRITE(spaced_kind, spaced_data, i + 1, spaced);
    }
}

static void
write_folds_of(int kind, const void *data, Py_ssize_t n, int folded_kind, void *folded_data,
               int spaced_kind, void *spaced_data)
{
    /* The folded text, when made, is never wider than the text; a kind that cannot
     * occur is only a branch that is never taken. */
    int narrow = folded_data == NULL || folded_kind == PyUnicode_1BYTE_KIND;
    if (kind == PyUnicode_1BYTE_KIND && spaced_kind == PyUnicode_1BYTE_KIND && narrow) {
        write_folds(PyUnicode_1BYTE_KIND, data, n, PyUnicode_1BYTE_KIND, folded_data,
                    PyUnicode_1BYTE_KIND, spaced_data);
    }
    else if (kind == PyUnicode_2BYTE_KIND && spaced_kind == PyUnicode_1BYTE_KIND && narrow) {
        write_folds(PyUnicode_2BYTE_KIND, data, n, PyUnicode_1BYTE_KIND, folded_data,
                    PyUnicode_1BYTE_KIND, spaced_data);
    }
    else if (kind == PyUnicode_2BYTE_KIND && spaced_kind == PyUnicode_2BYTE_KIND &&
             (folded_data == NULL || folded_kind == PyUnicode_2BYTE_KIND)) {
        write_folds(PyUnicode_2BYTE_KIND, data, n, PyUnicode_2BYTE_KIND, folded_data,
                    PyUnicode_2BYTE_KIND, spaced_data);
    }
    else {
        write_folds(kind, data, n, folded_kind, folded_data, spaced_kind, spaced_data);
    }
}

PyDoc_STRVAR(fold_and_space_doc,
             "fold_and_space(text) -> (folded, spaced)\n\n"
             "``gazetteer.fold(text)`` and ``phrases.spaced_text`` of it, in one pass.");

static PyObject *
fold_and_space(PyObject *Py_UNUSED(module), PyObject *object)
{
    if (!maps_set) {
        PyErr_SetString(PyExc_RuntimeError, "set_maps() was not called");
        return NULL;
    }
    Text text;
    if (text_init(&text, object) < 0) {
        return NULL;
    }
    Py_ssize_t n = text.length;
    Py_UCS4 folded_max = 0;
    Py_UCS4 spaced_max = ' ';
    int changed = 0;
    switch (text.kind) {
    case PyUnicode_1BYTE_KIND:
        measure_folds(PyUnicode_1BYTE_KIND, text.data, n, &folded_max, &spaced_max, &changed);
        break;
    case PyUnicode_2BYTE_KIND:
        measure_folds(PyUnicode_2BYTE_KIND, text.data, n, &folded_max, &spaced_max, &changed);
        break;
    default:
        measure_folds(PyUnicode_4BYTE_KIND, text.data, n, &folded_max, &spaced_max, &changed);
        break;
    }
    PyObject *folded = changed ? PyUnicode_New(n, folded_max) : Py_NewRef(object);
    PyObject *spaced = PyUnicode_New(n + 2, spaced_max);
    if (folded == NULL || spaced == NULL) {
        Py_XDECREF(folded);
        Py_XDECREF(spaced);
        return NULL;
    }
    int folded_kind = PyUnicode_KIND(folded);
    void *folded_data = PyUnicode_DATA(folded);
    int spaced_kind = PyUnicode_KIND(spaced);
    void *spaced_data = PyUnicode_DATA(spaced);
    PyUnicode_WRITE(spaced_kind, spaced_data, 0, ' ');
    write_folds_of(text.kind, text.data, n, folded_kind, changed ? folded_data : NULL,
                   spaced_kind, spaced_data);
    PyUnicode_WRITE(spaced_kind, spaced_data, n + 1, ' ');
    return Py_BuildValue("NN", folded, spaced);
}

/* True when ``ch`` is one of the printable characters ``gazetteer.fold`` changes. */
static inline int
folds(Py_UCS4 ch)
{
    return ch == 0x2018 || ch == 0x2019 || ch == 0x02BC || (ch >= 0x2010 && ch <= 0x2013) ||
           ch == 0x2212;
}

PyDoc_STRVAR(named_span_doc,
             "named_span(mention_type, text, start, end, kind) -> mention | None\n\n"
             "``mention_type(start, end, span, kind, span)`` for ``span = text[start:end]`` when\n"
             "the span is its own name (``gazetteer.surface_key`` leaves it as it is: words\n"
             "apart by single spaces, nothing to fold), else None.");

static PyObject *
named_span(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 5 || !PyType_Check(args[0]) || !PyUnicode_Check(args[1]) ||
        !PyLong_Check(args[2]) || !PyLong_Check(args[3]) || !PyUnicode_Check(args[4])) {
        PyErr_SetString(PyExc_TypeError,
                        "named_span(mention_type, text: str, start: int, end: int, kind: str)");
        return NULL;
    }
    PyTypeObject *type = (PyTypeObject *)args[0];
    if (!PyType_IsSubtype(type, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "mention_type must be a tuple type");
        return NULL;
    }
    Py_ssize_t start = PyLong_AsSsize_t(args[2]);
    Py_ssize_t end = PyLong_AsSsize_t(args[3]);
    if ((start == -1 || end == -1) && PyErr_Occurred()) {
        return NULL;
    }
    Text text;
    if (text_init(&text, args[1]) < 0) {
        return NULL;
    }
    if (start < 0 || end > text.length || start >= end) {
        Py_RETURN_NONE;
    }
    Py_UCS4 previous = 0;
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 ch = AT(&text, i);
        if (ch == ' ') {
            if (i == start || i == end - 1 || previous == ' ') {
                Py_RETURN_NONE;
            }
        }
        else if (ch < 0x20 || ch == 0x7F || (ch >= 0x80 && (!Py_UNICODE_ISPRINTABLE(ch) || folds(ch)))) {
            Py_RETURN_NONE;
        }
        previous = ch;
    }
    PyObject *span = PyUnicode_Substring(args[1], start, end);
    if (span == NULL) {
        return NULL;
    }
    PyObject *items[5] = {Py_NewRef(args[2]), Py_NewRef(args[3]), span, Py_NewRef(args[4]),
                          Py_NewRef(span)};
    PyObject *record = new_record(type, items);
    if (record != NULL) {
        PyObject_GC_UnTrack(record);
    }
    return record;
}

/* ------------------------------------------------------------------------ */
/* line_starts: the regular expression ``layout._LINE_START`` by hand           */

/* The next newline at or after ``at``, or ``n``. */
static Py_ssize_t
next_newline(const Text *text, Py_ssize_t at, Py_ssize_t n)
{
    if (text->kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *data = (const Py_UCS1 *)text->data;
        const void *found = memchr(data + at, '\n', (size_t)(n - at));
        return found == NULL ? n : (const Py_UCS1 *)found - data;
    }
    if (text->kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *data = (const Py_UCS2 *)text->data;
        /* Four characters at a time: a lane equal to a newline makes a zero lane. */
        const uint64_t ones = UINT64_C(0x0001000100010001);
        const uint64_t highs = UINT64_C(0x8000800080008000);
        const uint64_t newlines = ones * '\n';
        while (at + 4 <= n) {
            uint64_t word;
            memcpy(&word, data + at, sizeof(word));
            uint64_t x = word ^ newlines;
            if (((x - ones) & ~x & highs) != 0) {
                break;
            }
            at += 4;
        }
        while (at < n && data[at] != '\n') {
            at++;
        }
        return at;
    }
    const Py_UCS4 *data = (const Py_UCS4 *)text->data;
    while (at < n && data[at] != '\n') {
        at++;
    }
    return at;
}

PyDoc_STRVAR(line_starts_doc,
             "line_starts(text, openers) -> list of int\n\n"
             "The offsets just after each newline where the line opens with two ASCII\n"
             "capitals or with one of ``openers`` (a tuple of str): ``layout._LINE_START``.");

static PyObject *
line_starts(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *object;
    PyObject *openers;
    if (!PyArg_ParseTuple(args, "UO!:line_starts", &object, &PyTuple_Type, &openers)) {
        return NULL;
    }
    Py_ssize_t count = PyTuple_GET_SIZE(openers);
    Py_UCS4 firsts[16];
    if (count > 16) {
        PyErr_SetString(PyExc_ValueError, "at most 16 openers");
        return NULL;
    }
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *opener = PyTuple_GET_ITEM(openers, k);
        if (!PyUnicode_Check(opener) || PyUnicode_GET_LENGTH(opener) == 0) {
            PyErr_SetString(PyExc_TypeError, "openers must be a tuple of non-empty str");
            return NULL;
        }
        firsts[k] = PyUnicode_READ_CHAR(opener, 0);
    }
    Text text;
    if (text_init(&text, object) < 0) {
        return NULL;
    }
    PyObject *result = PyList_New(0);
    if (result == NULL) {
        return NULL;
    }
    Py_ssize_t n = text.length;
    Py_ssize_t at = next_newline(&text, 0, n);
    while (at < n) {
        Py_ssize_t start = at + 1;
        Py_UCS4 first = start < n ? AT(&text, start) : 0;
        int hit = start + 1 < n && is_upper_ascii(first) && is_upper_ascii(AT(&text, start + 1));
        for (Py_ssize_t k = 0; !hit && k < count && start < n; k++) {
            if (firsts[k] != first) {
                continue;
            }
            Py_ssize_t match =
                PyUnicode_Tailmatch(object, PyTuple_GET_ITEM(openers, k), start, n, -1);
            if (match < 0) {
                Py_DECREF(result);
                return NULL;
            }
            hit = match == 1;
        }
        if (hit) {
            PyObject *offset = PyLong_FromSsize_t(start);
            if (offset == NULL || PyList_Append(result, offset) < 0) {
                Py_XDECREF(offset);
                Py_DECREF(result);
                return NULL;
            }
            Py_DECREF(offset);
        }
        at = next_newline(&text, start, n);
    }
    return result;
}

static PyMethodDef module_methods[] = {
    {"line_starts", (PyCFunction)line_starts, METH_VARARGS, line_starts_doc},
    {"scan_capitals", (PyCFunction)scan_capitals, METH_O, scan_capitals_doc},
    {"set_maps", (PyCFunction)set_maps, METH_VARARGS, set_maps_doc},
    {"fold_and_space", (PyCFunction)fold_and_space, METH_O, fold_and_space_doc},
    {"named_span", (PyCFunction)(void (*)(void))named_span, METH_FASTCALL, named_span_doc},
    {NULL, NULL, 0, NULL},
};

static int
module_exec(PyObject *module)
{
    if (PyType_Ready(&WordTrieType) < 0) {
        return -1;
    }
    if (PyModule_AddObjectRef(module, "WordTrie", (PyObject *)&WordTrieType) < 0) {
        return -1;
    }
    return 0;
}

static PyModuleDef_Slot module_slots[] = {
    {Py_mod_exec, module_exec},
    {0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "briefing_tui.entities._scanner",
    .m_doc = "Fast paths for the entity recogniser (phrase and capitalised-run scans).",
    .m_size = 0,
    .m_methods = module_methods,
    .m_slots = module_slots,
};

PyMODINIT_FUNC
PyInit__scanner(void)
{
    return PyModuleDef_Init(&module_def);
}
