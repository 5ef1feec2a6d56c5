// Names an abstract reports: models evaluated, methods compared against, benchmarks, code links.
// Lists of the field's names, matched as whole words with their version and size suffixes
// ("Llama-2-7B", "Qwen2.5-7B-Instruct", "Mixtral-8x7B", "CaiT-S24", "FLUX.1-dev"), plus the
// contexts that name what is not on the lists ("outperforms OpenVLA-OFT", "on the N3V dataset").

// Capitalised parts may follow a space ("LLaMA2 7B", "Claude 3.5 Sonnet"); lowercase and one-letter parts need a
// hyphen ("Llama3-8B-base", "ViT-B/16", "CaiT-S24", "Swin-T"), so "VGGT" or "Llama3-8B base" stay what they are.
const SUFFIX_PART = String.raw`v?\d+(?:\.\d+)*(?:[BMKbmk]\b|o\b)?|\d+x\d+B|\d+(?:\.\d+)?[BMK]\b|A\d+(?:\.\d+)?B|Base|Chat|Instruct|Inst|Large|Small|Tiny|Mini|Medium|Nano|XL|XXL|Huge|Pro|Turbo|Lite|Flash|Coder|Math|VL|MoE|R1|V\d(?:\.\d)?|Distill|Preview|Omni|Vision|Next|Thinking|Sonnet|Opus|Haiku`;
const HYPHEN_PART = String.raw`base|chat|instruct|large|small|tiny|mini|medium|huge|lite|pro|flash|turbo|preview|exp|dev|schnell|[TSBLH]\d+|[a-z]\d{2,}|[bBlLsShHtT]\/\d+|[TSBLHM]\b`;
const SUFFIX = String.raw`(?:(?:[- ]|\.(?=\d))?(?:${SUFFIX_PART})|-(?:${HYPHEN_PART}))*`;

const MODEL_FAMILIES = [
  // language models
  "Llama", "LLaMA", "LLaMa", "Qwen", "QwQ", "Mistral", "Mixtral", "OLMoE", "OLMo", "Phi", "Gemma", "DeepSeek", "DeepSeekMoE", "GPT", "GPT-NeoX",
  "GPT-Neo", "GPT-J", "ChatGPT", "OPT", "BLOOM", "BLOOMZ", "Falcon", "Vicuna", "Alpaca", "Pythia", "MPT", "StableLM", "Zephyr", "T5", "Flan-T5",
  "mT5", "ByT5", "UL2", "T0", "BART", "mBART", "PEGASUS", "BERT", "mBERT", "RoBERTa", "XLM-RoBERTa", "XLM-R", "DeBERTa", "ALBERT", "ELECTRA",
  "DistilRoBERTa", "XLNet", "Switch Transformer", "SwitchTransformer", "Switch", "ST-MoE", "GLaM", "GShard", "NLLB", "NLLB-MoE", "M2M-100",
  "Jamba", "DBRX", "Grok", "Yi", "Baichuan", "ChatGLM", "GLM", "Kimi", "Mamba", "Mamba2", "BitNet", "SmolLM", "TinyLlama", "StarCoder",
  "StarCoder2", "CodeLlama", "Code Llama", "CodeGen", "CodeT5", "WizardLM", "WizardCoder", "Granite", "Hunyuan", "ERNIE", "Claude", "Gemini",
  "PaLM", "gpt-oss", "Nemotron", "Nemotron-H", "Pangu", "Ling", "Minitron", "Sheared-LLaMA", "Mistral-NeMo", "Llama-Nemotron", "o1", "o3",
  "o4", "OpenAI o1", "LLaDA", "Dream", "MMaDA", "SDAR", "Seed-OSS", "GLM-4.5", "Kimi-K2", "Step", "ERNIE-4.5", "Hunyuan-A13B", "JetMoE",
  "OpenMoE", "Skywork-MoE", "Arctic", "MiniMax", "Hymba", "Zamba", "RWKV", "RetNet", "InternLM", "MiniCPM", "Orca", "Koala", "Cerebras-GPT",
  // vision, multimodal, speech, generation
  "ViT", "DeiT", "Swin", "Swin Transformer", "CaiT", "PVT", "LeViT", "MobileViT", "EfficientViT", "ResNet", "ResNeXt", "WideResNet", "WRN",
  "DenseNet", "VGG", "MobileNet", "MobileNetV2", "MobileNetV3", "ShuffleNet", "EfficientNet", "ConvNeXt", "RegNet", "GoogLeNet", "AlexNet",
  "Inception", "YOLO", "YOLOv5", "YOLOv8", "YOLOX", "DETR", "RT-DETR", "Deformable DETR", "Mask R-CNN", "Faster R-CNN", "RetinaNet", "SegFormer",
  "Mask2Former", "DINO", "DINOv2", "MAE", "BEiT", "MoCo", "iBOT", "SimCLR", "CLIP", "SigLIP", "BLIP", "BLIP-2", "InstructBLIP", "LLaVA",
  "LLaVA-NeXT", "LLaVA-OneVision", "MiniGPT-4", "InternVL", "CogVLM", "Molmo", "Pixtral", "PaliGemma", "Idefics", "NVILA", "VILA", "SmolVLM",
  "OpenVLA", "Octo", "Cosmos", "Bunny", "SAM", "SAM2", "MobileSAM", "EfficientSAM", "Whisper", "wav2vec", "wav2vec 2.0", "HuBERT", "WavLM",
  "Conformer", "VALL-E", "EnCodec", "MusicGen", "DiT", "SiT", "U-ViT", "SDXL", "SD3", "Stable Diffusion", "Stable Video Diffusion", "FLUX",
  "PixArt", "PixArt-α", "PixArt-Σ", "DALL-E", "Imagen", "Latte", "Open-Sora", "Lumina", "LlamaGen", "VAR", "MaskGIT", "VQGAN", "Wan",
  "HunyuanVideo", "Hunyuan-DiT", "CogVideoX", "LTX-Video", "Mochi", "U-Net", "UNet", "BGE", "BGE-M3", "E5", "GTE", "ColBERT", "Contriever",
];

// Family names that are English words or acronyms with other meanings need a version or size.
const NEEDS_SUFFIX_NAMES = ["Inception", "Mamba", "DiT", "Dream", "Step", "Phi", "Yi", "GLM", "Wan", "YOLO", "Switch", "Ling", "Arctic", "Orca", "Koala", "Alpaca", "Granite", "Nemotron", "Cosmos", "Octo", "Bunny", "MAE", "VAR", "Lumina", "Mochi", "DINO", "Conformer", "Imagen", "Kimi", "Grok", "Step", "U-Net", "UNet", "Pangu", "Hunyuan", "ERNIE", "Claude", "Gemini", "PaLM", "SAM"];

const BASELINES = [
  // quantization
  "GPTQ", "AWQ", "SmoothQuant", "SmoothQuant+", "OmniQuant", "QuIP#", "QuIP", "QTIP", "SpQR", "AQLM", "GPTVQ", "SqueezeLLM", "QLoRA", "LoftQ",
  "QA-LoRA", "IR-QLoRA", "LQ-LoRA", "QuaRot", "SpinQuant", "OSTQuant", "PrefixQuant", "FlatQuant", "DuQuant", "AffineQuant", "LLM.int8()",
  "ZeroQuant", "ZeroQuant-V2", "RTN", "BiLLM", "PB-LLM", "ARB-LLM", "STBLLM", "OneBit", "EfficientQAT", "LLM-QAT", "BitDistiller", "DB-LLM",
  "KIVI", "KVQuant", "ZipCache", "IntactKV", "QServe", "Atom", "AdaRound", "BRECQ", "QDrop", "PD-Quant", "NWQ", "RepQ-ViT", "PTQ4ViT", "FQ-ViT",
  "NoisyQuant", "APQ-ViT", "ERQ", "Q-Diffusion", "PTQD", "PTQ4DiT", "Q-DiT", "ViDiT-Q", "SVDQuant", "EfficientDM", "TFMQ-DM", "LSQ", "LSQ+",
  "PACT", "DoReFa", "HAWQ", "HAQ", "XNOR-Net", "Bi-Real Net", "ReActNet",
  // pruning, low rank, token reduction
  "SparseGPT", "Wanda", "Wanda++", "LLM-Pruner", "SliceGPT", "ShortGPT", "SLEB", "FLAP", "LaCo", "OWL", "RIA", "DSnoT", "ALPS", "BESA",
  "Pruner-Zero", "ZipLM", "LoRAPrune", "MaskLLM", "OBS", "OBC", "Optimal Brain Surgeon", "Optimal Brain Compression", "Movement Pruning",
  "movement pruning", "CoFi", "oBERT", "DepGraph", "HRank", "ThiNet", "FPGM", "Magnitude pruning", "magnitude pruning", "SVD-LLM", "ASVD",
  "FWSVD", "Palu", "ESPACE", "LoSparse", "ToMe", "Token Merging", "EViT", "DynamicViT", "FastV", "SparseVLM", "VisionZip", "LLaVA-PruMerge",
  "PruMerge", "DeepCache", "FORA", "TeaCache", "ToCa", "DistriFusion",
  // KV cache
  "H2O", "StreamingLLM", "SnapKV", "PyramidKV", "PyramidInfer", "Ada-KV", "AdaKV", "DuoAttention", "RazorAttention", "Quest", "InfLLM",
  "MInference", "FastGen", "TOVA", "Keyformer", "ScissorHands", "Scissorhands",
  // distillation, fine-tuning
  "DistilBERT", "TinyBERT", "MobileBERT", "MiniLM", "MiniLLM", "DistiLLM", "GKD", "SeqKD", "DKD", "CRD", "FitNets", "FitNet", "ReviewKD",
  "LoRA", "DoRA", "PiSSA", "AdaLoRA", "VeRA", "LoRA+", "MoLoRA", "MixLoRA", "HydraLoRA", "LoRAMoE", "Prefix-Tuning", "P-Tuning", "BitFit",
  "GaLore", "NEFTune", "DistilGPT2",
  // mixture of experts and serving
  "DeepSpeed-MoE", "Tutel", "MegaBlocks", "FastMoE", "FasterMoE", "Expert Choice", "Top-2 routing", "Top-1 routing", "top-k routing",
  "Top-k routing", "BASE Layers", "Hash Layers", "X-MoE", "StableMoE", "DSelect-k", "Soft MoE", "SMEAR", "MoEfication", "Sparse Upcycling",
  "BTX", "Branch-Train-Mix", "MoE-Infinity", "EdgeMoE", "Fiddler", "ProMoE", "HOBBIT", "AdapMoE", "MoE-Lightning", "Mixtral-Offloading",
  "Pre-gated MoE", "EAGLE", "EAGLE-2", "Medusa", "SpecInfer", "FlashAttention", "FlashAttention-2", "FlashInfer", "vLLM", "SGLang",
  "TensorRT-LLM", "llama.cpp", "DeepSpeed", "Megatron-LM",
];

const BENCHMARKS = [
  // language
  "MMLU", "MMLU-Pro", "MMLU-Redux", "CMMLU", "C-Eval", "AGIEval", "WikiText-2", "WikiText2", "WikiText-103", "WikiText", "Wikitext-2", "Wikitext2",
  "C4", "PTB", "Penn Treebank", "PG-19", "PG19", "The Pile", "RedPajama", "SlimPajama", "FineWeb", "GSM8K", "GSM8k", "GSM-8K", "MGSM",
  "MATH-500", "MATH500", "MATH", "MathQA", "AIME", "AIME24", "AIME25", "AIME 2024", "AIME 2025", "AIME2024", "AIME2025", "AMC23", "AMC",
  "OlympiadBench", "Minerva Math", "HumanEval", "HumanEval+", "MBPP", "MBPP+", "LiveCodeBench", "BigCodeBench", "CodeContests", "DS-1000",
  "SWE-bench", "SWE-bench Verified", "GLUE", "SuperGLUE", "SST-2", "MNLI", "QNLI", "QQP", "RTE", "MRPC", "CoLA", "STS-B", "SQuAD", "SQuAD v1.1",
  "SQuAD v2.0", "SQuAD2.0", "BBH", "BIG-Bench", "BIG-Bench Hard", "ARC-Challenge", "ARC-Easy", "ARC-C", "ARC-E", "ARC", "HellaSwag", "PIQA",
  "SIQA", "Social IQA", "WinoGrande", "Winogrande", "BoolQ", "OpenBookQA", "OBQA", "COPA", "CommonsenseQA", "StrategyQA", "LAMBADA", "TriviaQA",
  "NaturalQuestions", "Natural Questions", "WebQuestions", "HotpotQA", "2WikiMultihopQA", "MuSiQue", "NarrativeQA", "Qasper", "MultiFieldQA",
  "QMSum", "GovReport", "MultiNews", "LongBench", "LongBench v2", "LongBench-E", "L-Eval", "ZeroSCROLLS", "ZeroScrolls", "SCROLLS", "RULER",
  "InfiniteBench", "LooGLE", "Needle-in-a-Haystack", "Needle in a Haystack", "NIAH", "MT-Bench", "AlpacaEval", "AlpacaEval 2.0", "Arena-Hard",
  "WildBench", "IFEval", "GPQA", "GPQA-Diamond", "GPQA Diamond", "TruthfulQA", "DROP", "XNLI", "XSum", "CNN/DailyMail", "CNN/DM", "SAMSum",
  "WMT14", "WMT16", "WMT'14", "IWSLT", "FLORES", "FLORES-200", "FLORES+", "MedQA", "PubMedQA", "MedMCQA", "MS MARCO", "BEIR", "MTEB", "FEVER",
  "MeetingBank", "ToolBench", "BFCL", "AppWorld", "OSWorld", "WebShop", "ALFWorld", "GAIA", "HLE",
  // vision and multimodal
  "ImageNet-1K", "ImageNet-1k", "ImageNet-21K", "ImageNet-22K", "ImageNet-256", "ImageNet-512", "ImageNet-64", "ImageNet-C", "ImageNet-R",
  "ImageNet-A", "ImageNet-V2", "ImageNet", "Tiny-ImageNet", "TinyImageNet", "COCO", "MS-COCO", "MS COCO", "COCO-Stuff", "LVIS", "Objects365",
  "PASCAL VOC", "Pascal VOC", "PASCAL-VOC", "VOC2007", "VOC2012", "CIFAR-10", "CIFAR-100", "CIFAR10", "CIFAR100", "CIFAR-10/100", "SVHN",
  "MNIST", "Fashion-MNIST", "STL-10", "CelebA", "CelebA-HQ", "FFHQ", "LSUN", "LSUN-Church", "LSUN-Bedroom", "Places365", "iNaturalist",
  "CUB-200-2011", "Stanford Cars", "FGVC-Aircraft", "Food-101", "Oxford Flowers", "Oxford-IIIT Pet", "DomainNet", "Office-31", "Office-Home",
  "PACS", "VTAB", "VTAB-1k", "Clothing1M", "ANIMAL-10N", "WebVision", "ADE20K", "Cityscapes", "NYUv2", "KITTI", "SemanticKITTI", "nuScenes",
  "Waymo", "ScanNet", "ShapeNet", "ModelNet40", "S3DIS", "DOTA", "VisDrone", "CrowdHuman", "RefCOCO", "RefCOCO+", "RefCOCOg", "ScanRefer",
  "Multi3DRefer", "Kinetics-400", "Kinetics-700", "Kinetics", "HMDB51", "UCF101", "UCF-101", "Something-Something V2", "EPIC-Kitchens",
  "EPIC-KITCHENS", "EPIC-KITCHENS-100", "ActivityNet", "MSR-VTT", "MSRVTT", "MSVD", "Video-MME", "MVBench", "EgoSchema", "DAVIS", "YouTube-VOS",
  "MOT17", "MOT20", "LaSOT", "GOT-10k", "Market-1501", "MSMT17", "DIV2K", "Set5", "Set14", "BSD100", "Urban100", "Manga109", "Vimeo-90K",
  "Flickr30k", "Flickr30K", "NoCaps", "VQAv2", "OK-VQA", "TextVQA", "DocVQA", "ChartQA", "InfoVQA", "AI2D", "OCRBench", "GQA", "POPE", "MME",
  "MMBench", "MM-Vet", "MMStar", "MMMU", "MathVista", "MathVerse", "SEED-Bench", "LLaVA-Bench", "ScienceQA", "HallusionBench", "RealWorldQA",
  "VBench", "GenEval", "T2I-CompBench", "DPG-Bench", "DrawBench", "HPSv2", "Mip-NeRF 360", "Tanks and Temples", "LLFF", "DTU", "MVTec AD",
  "MVTec", "VisA", "BraTS", "ISIC", "CheXpert", "MIMIC-CXR", "ChestX-ray14",
  // speech, robotics, driving, time series, graphs
  "LibriSpeech", "Common Voice", "CommonVoice", "AudioSet", "ESC-50", "VoxCeleb", "TIMIT", "AISHELL-1", "LRS3", "RAVDESS", "CREMA-D", "LIBERO",
  "SimplerEnv", "CALVIN", "Meta-World", "RLBench", "NAVSIM", "nuPlan", "CARLA", "Bench2Drive", "METR-LA", "METR LA", "PEMS-BAY", "PEMS BAY",
  "PEMS04", "PEMS08", "ETTh1", "ETTh2", "ETTm1", "ETTm2", "OGB", "ogbn-arxiv", "ogbn-products", "Cora", "Citeseer", "QM9", "MD17",
  "MovieLens", "Criteo", "Avazu",
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\#/]/g, "\\$&");
type Trie = Map<string, Trie> & { end?: boolean };

/**
 * One pattern for a list of names, as a trie ("Llama|LLaMA|LLaVA" reads "L(?:lama|LaMA|LaVA)"): a
 * plain alternation of hundreds of names is tried name by name at every word, a trie a letter at a
 * time. Longer names are tried first, as in a longest-first alternation.
 */
function alternation(names: readonly string[]): string {
  const root: Trie = new Map();
  for (const name of names) {
    let node = root;
    for (const ch of name) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch)!;
    }
    node.end = true;
  }
  const emit = (node: Trie): string => {
    const parts = [...node].map(([ch, child]) => escape(ch) + emit(child));
    if (parts.length === 0) return "";
    const body = parts.length === 1 ? parts[0] : `(?:${parts.join("|")})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}
// A name ends at a word's end, not inside a longer version ("Gemini-1" of "Gemini-1.5-pro").
const END = String.raw`(?![\w-]|\+\w|\.\d)`;

export const MODEL_PATTERN = new RegExp(`(?<![\\w-])(?:${alternation(MODEL_FAMILIES)})${SUFFIX}(?:${END}|(?=-based\\b))`, "g");
export const BASELINE_PATTERN = new RegExp(`(?<![\\w-])(?:${alternation(BASELINES)})(?![\\w]|-\\w)`, "g");
export const BENCHMARK_PATTERN = new RegExp(`(?<![\\w-])(?:${alternation(BENCHMARKS)})(?:[- ]?(?:20\\d\\d|v\\d(?:\\.\\d)?))?${END}`, "g");
/** A model named by its size, on the lists or not: "Pangu-7B", "InternLM2-20B-Chat", "GroveMoE-33B". */
// Billions only: "-40M", "LAION-5B" are often datasets' sizes.
export const SIZED_MODEL_PATTERN = /(?<![\w-])(?!LAION|COYO|DataComp|WebLI|JFT|Objaverse|CC\d)[A-Z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*-\d+(?:\.\d+)?B(?:-(?:A\d+(?:\.\d+)?B|Base|Chat|Instruct|Inst|it|hf))*(?![\w-])/g;
export const CODE_PATTERN = /https?:\/\/[^\s<>"')\]}|]+[^\s<>"')\]}|.,;:!?]|\bgithub\.com\/[\w.-]+\/[\w.-]*[\w-]/g;

/** Family names that need a version or size to be a model ("Phi-3", not "phi"). */
export const NEEDS_SUFFIX = new Set(NEEDS_SUFFIX_NAMES);
/** A string that is, as a whole, a name of the lists (the paper's own name is never one of them). */
export const KNOWN_NAME = new RegExp(`^(?:${alternation(MODEL_FAMILIES)}|${alternation(BASELINES)}|${alternation(BENCHMARKS)})$`);
/** A name that is on the benchmark list ("ImageNet", "MMLU"): never a model or a baseline. */
export const BENCHMARK_NAME = new RegExp(`^(?:${alternation(BENCHMARKS)})(?:[- ]?(?:20\\d\\d|v\\d(?:\\.\\d)?))?$`, "i");

// A name as papers write one: a capital or a digit inside, hyphens, dots and pluses allowed
// ("OpenVLA-OFT", "GPT-4o", "COCO-20i", "MATH500", "HumanEval+"); not an ordinary capitalised word.
// In a list, a spelled-out name with its acronym ("Vision Transformer (ViT)") counts as the acronym.
const NAME = String.raw`(?:\d+[A-Z][A-Za-z0-9]*(?=-)|[A-Z][a-z]*[A-Z0-9][A-Za-z0-9]*|[A-Z]{2,}[a-z]*|[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z]+(?=-[A-Z0-9]))(?:[-.+/][A-Za-z0-9+]+)*\+?`;
// A size or version written apart belongs to the name ("DeepSeek 67B", "LLaMA2 7B", "ISIC 2018").
const SIZED = String.raw`${NAME}(?:\s(?:\d+(?:\.\d+)?[BMK]|20\d\d)\b)?`;
const SPELLED = String.raw`(?:[A-Z][a-z]+[- ]){1,4}\(${NAME}\)`;
const ITEM = String.raw`(?:${SPELLED}|${SIZED}(?:\s\(${NAME}\))?)`;
const list = (item: string) => String.raw`${item}(?:,\s(?:and\s|or\s)?${item})*(?:,?\s(?:and|or|&)\s${item})?`;
const NAME_LIST = list(ITEM);
// Right before "datasets" or "demonstrate", a plain capitalised word is a name too ("the N3V and Technicolor datasets").
const DATASET_LIST = list(String.raw`(?:${ITEM}|[A-Z][a-z]+(?:\s20\d\d)?)`);

/** Benchmarks named by how they are used: "on MMLU, GSM8K and LIBERO", "the NAVSIM benchmark", "Experiments on A, B and C show". */
export const BENCHMARK_CONTEXT_PATTERNS = [
  new RegExp(String.raw`\b(?:on|across|over|using|in)\s(?:the\s|three\s|two\s|four\s|five\s|six\s|several\s|multiple\s)?(?:challenging\s|popular\s|standard\s|public\s|widely[- ]used\s|real-world\s)?(?<names>${DATASET_LIST})\s(?:benchmarks?|datasets?|challenges?|test sets?|splits?|corpora|corpus)\b`, "g"),
  new RegExp(String.raw`\b(?:benchmarks?|datasets?)(?:,?\s(?:such as|including|like|e\.g\.,?)\s|\s?\(|:\s|-including\s|\s)(?:the\s)?(?<names>${NAME_LIST})`, "g"),
  // "two benchmark datasets, RAVDESS and CREMA-D": after a comma, only a list of two or more.
  new RegExp(String.raw`\b(?:benchmarks?|datasets?),\s(?<names>${ITEM}(?:,\s${ITEM})*,?\s(?:and|&)\s${ITEM})`, "g"),
  new RegExp(String.raw`\b(?:[Ee]xperiments?|[Ee]valuations?|[Rr]esults|[Tt]ests)\s(?:[\w-]+\s){0,3}?(?:on|across|over)\s(?:the\s)?(?<names>${DATASET_LIST})\s(?:demonstrate|show|validate|reveal|confirm|indicate|verify|highlight|prove)`, "g"),
];

/** Benchmarks a paper may build itself (so named even when they are the paper's own). */
export const OWN_BENCHMARK_PATTERNS = [
  // A benchmark the paper builds: "we construct ORBench, the first … dataset", "R4D-Bench, a benchmark for …".
  new RegExp(String.raw`(?<![\w-])(?<names>${NAME}),\s(?:a|an|the)\s(?:[\w-]+\s){0,4}?(?:benchmark|dataset)\b`, "g"),
  // "FinanceBench", "R4D-Bench", "MT-Bench": a name that says it is one.
  new RegExp(String.raw`(?<![\w/.-])(?<names>[A-Z][A-Za-z0-9-]*-?Bench(?:-[A-Za-z0-9]+)?)(?![\w-])`, "g"),
];

/** Words without which a context pattern cannot match: a sentence without them is not tried. */
export const PATTERN_GATES = new Map<RegExp, RegExp>([
  [BENCHMARK_CONTEXT_PATTERNS[0], /benchmark|dataset|challenge|test set|split|corp/],
  [BENCHMARK_CONTEXT_PATTERNS[1], /benchmark|dataset/],
  [BENCHMARK_CONTEXT_PATTERNS[2], /benchmark|dataset/],
  [BENCHMARK_CONTEXT_PATTERNS[3], /xperiment|valuation|esults|ests/],
  [OWN_BENCHMARK_PATTERNS[0], /benchmark|dataset/],
  [OWN_BENCHMARK_PATTERNS[1], /Bench/],
]);

// The words that compare with what follows: "outperforms", "compared to", "on par with", "unlike".
const COMPARE = String.raw`(?:[Oo]utperform\w*|[Ss]urpass\w*|[Cc]ompared (?:to|with)|comparison (?:to|with)|[Cc]omparable (?:performance\s)?(?:to|with)|competitive with|[Aa]gainst|over|than|[Vv]ersus|vs\.?|beat\w*|[Rr]elative to|on par with|rival\w*|match(?:es|ing)?|[Uu]nlike|baselines?)`;
const ADJECTIVES = String.raw`(?:strong|state-of-the-art|state of the art|existing|prior|previous|leading|popular|baseline|SOTA|classic|standard|vanilla|original|dense|conventional|traditional|recent|prominent|open-source|competitive|representative|several|many|other)`;

/** Methods compared against: "outperforms GPTQ and AWQ", "over SPAN", "compared to GPT-3.5", "models like GLM-Z1-32B and Qwen3-32B". */
export const BASELINE_CONTEXT_PATTERNS = [
  new RegExp(String.raw`\b${COMPARE}\s(?:the\s|a\s|all\s|both\s)?(?:${ADJECTIVES}\s)*(?:(?:models?|methods?|baselines?|approach(?:es)?)\s)?(?<names>${NAME_LIST})`, "g"),
  new RegExp(String.raw`\b${COMPARE}\s(?:[\w-]+,?\s){0,5}?(?:such as|like|including|e\.g\.,?|i\.e\.,?)\s(?:the\s)?(?<names>${NAME_LIST})`, "g"),
];

/** Right before a name of the lists, the words that make it a baseline ("such as the Switch Transformer", "GPT-4o and …"). */
/** A sentence that may compare by name (the baseline contexts need one of these words). */
export const COMPARE_WORD = new RegExp(String.raw`\b${COMPARE}\s`);
export const COMPARED_BEFORE_NAME = new RegExp(
  String.raw`\b${COMPARE}\s(?:(?:the|a|all|both)\s)?(?:${ADJECTIVES}\s)*(?:(?:models?|methods?|baselines?|approach(?:es)?)\s)?(?:(?:[\w-]+,?\s){0,5}?(?:such as|like|including|e\.g\.,?)\s(?:the\s)?)?(?:[\w.+-]+(?:\s\d+(?:\.\d+)?[BM])?(?:\s\([\w.+-]+\))?(?:,\s(?:and\s)?|,?\s(?:and|or)\s))*$`,
);
/** A comparison with the uncompressed model itself ("relative to the dense BERT-base"): that is the model, not a baseline. */
export const SELF_COMPARISON = /\b(?:dense|original|uncompressed|unpruned|unquantized|full[- ]precision|full|FP16|BF16|FP32|base|teacher)\s(?:[\w-]+\s)?$/i;

/** Capitalised words that are not names of a method or benchmark. */
export const NOT_A_NAME = new Set(["LLM", "LLMs", "SOTA", "SoTA", "SFT", "RL", "AI", "ML", "NLP", "GPU", "GPUs", "CPU", "CPUs", "FLOPs", "MoE", "MoEs", "KV", "PTQ", "QAT", "KD", "VLM", "VLMs", "MLLM", "MLLMs", "ViTs", "CNN", "CNNs", "DNN", "DNNs", "TPU", "API", "APIs", "FP16", "BF16", "FP32", "FP8", "INT8", "INT4", "US", "USA", "EU", "II", "III", "IV", "RGB", "LoRA-based", "SMoE", "SMoEs", "MLP", "MLPs", "FFN", "FFNs", "PEFT", "NAS", "OOD", "RAG", "CoT", "MAE", "MSE", "IoU", "FID", "PSNR", "SSIM", "BLEU", "ROUGE", "AUC", "TTFT", "NPU", "NPUs", "FPGA", "ASIC", "SSM", "SSMs", "LMs", "PLMs", "SLMs", "DMs", "E2E", "HD", "UHD", "SR", "IR", "OCR", "ASR", "TTS", "QA", "VQA", "CT", "MRI", "PET", "ECG", "EEG", "RLHF", "RLVR", "LLM-based", "MLLM-based", "2D", "3D", "4D"]);

/** A sentence that compares with the lists' names in it ("outperforms GPTQ", "than SparseGPT"). */
export const COMPARISON = /\b(?:outperform\w*|surpass\w*|compared (?:to|with)|comparison (?:to|with)|comparable (?:performance\s)?(?:to|with)|competitive with|than|over|versus|vs\.?|beat\w*|exceed\w*|relative to|on par with|rival\w*|unlike|baselines?|state-of-the-art methods? (?:such as|like|including))\b/i;
