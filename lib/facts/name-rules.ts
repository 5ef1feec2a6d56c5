// Names an abstract reports: models evaluated, methods compared against, benchmarks, code links.
// Lists of the field's names, matched as whole words with their version and size suffixes
// ("Llama-2-7B", "Qwen2.5-7B-Instruct", "Mixtral-8x7B").

const SUFFIX = String.raw`(?:[- ]?(?:v?\d+(?:\.\d+)*(?:[BMKbmk]\b|o\b)?|mini|\d+x\d+B|\d+(?:\.\d+)?[BMK]\b|A\d+(?:\.\d+)?B|Base|Chat|Instruct|Large|Small|Tiny|Mini|Medium|Nano|XL|XXL|Pro|Turbo|Lite|Flash|Coder|Math|VL|MoE|R1|V\d(?:\.\d)?|Distill|Preview|Omni|Vision|Next|Thinking|[bBlLsShH]\/\d+))*`;

const MODEL_FAMILIES = [
  "Llama", "LLaMA", "Qwen", "QwQ", "Mistral", "Mixtral", "OLMoE", "OLMo", "Phi", "Gemma", "DeepSeek", "DeepSeekMoE", "GPT", "GPT-NeoX",
  "OPT", "BLOOM", "BLOOMZ", "Falcon", "Vicuna", "Pythia", "T5", "Flan-T5", "mT5", "BERT", "RoBERTa", "DeBERTa", "ALBERT", "ELECTRA",
  "ViT", "DeiT", "Swin", "ResNet", "MobileNet", "MobileNetV2", "EfficientNet", "ConvNeXt", "YOLO", "YOLOv8", "LLaVA", "CLIP", "SigLIP",
  "BLIP", "InternVL", "InternLM", "MiniCPM", "Whisper", "wav2vec", "HuBERT", "DiT", "SDXL", "FLUX", "PixArt", "Stable Diffusion",
  "Switch Transformer", "GLaM", "GShard", "Jamba", "DBRX", "Grok", "Yi", "Baichuan", "ChatGLM", "GLM", "Kimi", "Mamba", "BitNet",
  "SmolLM", "TinyLlama", "StarCoder", "CodeLlama", "Code Llama", "Granite", "Hunyuan", "ERNIE", "Claude", "Gemini", "SAM", "DINOv2",
  "U-Net", "UNet", "Wan", "HunyuanVideo", "CogVideoX", "Stable Video Diffusion", "PaLM", "gpt-oss", "Nemotron", "Nemotron-H",
  "Pangu", "Ling", "MoCo", "iBOT", "CaiT", "Inception", "BGE", "Bunny", "OpenVLA", "Octo", "Cosmos", "Hymba", "Zamba", "RWKV",
  "Minitron", "Sheared-LLaMA", "Mistral-NeMo", "SmolVLM", "PaliGemma", "Idefics", "NVILA", "VILA", "Llama-Nemotron", "o1", "o3", "o4",
  "LLaDA", "Dream", "MMaDA", "SDAR", "Seed-OSS", "GLM-4.5", "Kimi-K2", "Step", "ERNIE-4.5", "Hunyuan-A13B", "OpenAI o1",
];

const BASELINES = [
  "GPTQ", "AWQ", "SmoothQuant", "OmniQuant", "QuIP#", "QuIP", "SpQR", "AQLM", "SqueezeLLM", "QLoRA", "LoftQ", "QuaRot", "SpinQuant",
  "LLM.int8()", "ZeroQuant", "RTN", "BiLLM", "PB-LLM", "OneBit", "EfficientQAT", "LLM-QAT", "KIVI", "KVQuant", "QServe", "Atom",
  "FlatQuant", "DuQuant", "AffineQuant", "SparseGPT", "Wanda", "LLM-Pruner", "SliceGPT", "ShortGPT", "FLAP", "OWL", "RIA", "DSnoT",
  "SVD-LLM", "ASVD", "FWSVD", "Palu", "H2O", "StreamingLLM", "SnapKV", "PyramidKV", "Quest", "TOVA", "ScissorHands", "Scissorhands",
  "DistilBERT", "TinyBERT", "MiniLLM", "DistiLLM", "MiniLM", "LoRA", "DoRA", "PiSSA", "GaLore", "NEFTune", "DeepSpeed-MoE", "Tutel",
  "MegaBlocks", "Expert Choice", "Top-2 routing", "Top-1 routing", "BASE Layers", "Hash Layers", "MoE-Infinity", "Mixtral-Offloading",
  "Fiddler", "EAGLE", "Medusa", "FlashAttention", "vLLM", "TensorRT-LLM", "DistilGPT2", "Magnitude pruning", "magnitude pruning",
];

const BENCHMARKS = [
  "MMLU", "MMLU-Pro", "WikiText-2", "WikiText2", "WikiText-103", "WikiText", "C4", "PTB", "Penn Treebank", "GSM8K", "GSM8k", "MATH-500", "MATH",
  "AIME", "AIME24", "AIME 2024", "HumanEval", "MBPP", "LiveCodeBench", "ImageNet-1K", "ImageNet-1k", "ImageNet", "COCO", "MS-COCO",
  "CIFAR-10", "CIFAR-100", "GLUE", "SuperGLUE", "SQuAD", "BBH", "BIG-Bench", "ARC-Challenge", "ARC-Easy", "ARC-C", "ARC-E", "ARC",
  "HellaSwag", "PIQA", "WinoGrande", "Winogrande", "BoolQ", "OpenBookQA", "LAMBADA", "TriviaQA", "NaturalQuestions", "LongBench",
  "LongBench v2", "RULER", "InfiniteBench", "Needle-in-a-Haystack", "NIAH", "MT-Bench", "AlpacaEval", "GPQA", "TruthfulQA", "MMMU",
  "MathVista", "VQAv2", "TextVQA", "GQA", "POPE", "MME", "MMBench", "ScienceQA", "SEED-Bench", "ADE20K", "Cityscapes", "nuScenes",
  "KITTI", "LibriSpeech", "VBench", "GenEval", "HPSv2", "FID", "MS MARCO", "BEIR", "SWE-bench", "HotpotQA", "LongBench-E",
];

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\#]/g, "\\$&");
const alternation = (names: readonly string[]) => [...names].sort((a, b) => b.length - a.length).map(escape).join("|");
const END = String.raw`(?![\w-])`;

export const MODEL_PATTERN = new RegExp(`(?<![\\w-])(?:${alternation(MODEL_FAMILIES)})${SUFFIX}${END}`, "g");
export const BASELINE_PATTERN = new RegExp(`(?<![\\w-])(?:${alternation(BASELINES)})(?![\\w])`, "g");
export const BENCHMARK_PATTERN = new RegExp(`(?<![\\w-])(?:${alternation(BENCHMARKS)})${END}`, "g");
export const CODE_PATTERN = /https?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?]/g;

// A name as papers write one: a capital or a digit inside, hyphens, dots and pluses allowed
// ("OpenVLA-OFT", "GPT-4o", "COCO-20i", "MATH500", "HumanEval+"); not an ordinary capitalised word.
const NAME = String.raw`(?:[A-Z][a-z]*[A-Z0-9][A-Za-z0-9]*|[A-Z]{2,}[a-z]*|[a-z]+[A-Z][A-Za-z0-9]*)(?:[-.+][A-Za-z0-9+]+)*\+?`;
const NAME_LIST = String.raw`${NAME}(?:\s\(${NAME}\))?(?:,\s${NAME}(?:\s\(${NAME}\))?)*(?:,?\s(?:and|or)\s${NAME})?`;

/** Benchmarks named by how they are used: "on MMLU, GSM8K and LIBERO", "the NAVSIM benchmark". */
export const BENCHMARK_CONTEXT_PATTERNS = [
  new RegExp(String.raw`\b(?:on|across|over|using)\s(?:the\s)?(?:challenging\s|popular\s|standard\s|public\s|widely[- ]used\s)?(?<names>${NAME_LIST})\s(?:benchmarks?|datasets?|tasks?|challenges?|test sets?|splits?)\b`, "g"),
  new RegExp(String.raw`\b(?:benchmarks?|datasets?)\s(?:such as|including|like|\()\s?(?<names>${NAME_LIST})`, "g"),
];

/** Methods compared against: "outperforms GPTQ and AWQ", "over SPAN", "compared to GPT-3.5". */
export const BASELINE_CONTEXT_PATTERN = new RegExp(
  String.raw`\b(?:outperform\w*|surpass\w*|compared (?:to|with)|comparison (?:to|with)|against|over|than|versus|vs\.?|beat\w*|relative to|on par with|baselines?(?:\s(?:such as|like|including))?|existing methods (?:such as|like|including))\s(?:the\s)?(?:strong\s|state-of-the-art\s|existing\s|prior\s|previous\s|leading\s|popular\s|baseline\s|SOTA\s)*(?:methods?\s(?:such as|like|including)\s|models?\s(?:such as|like|including)\s)?(?<names>${NAME_LIST})`,
  "g",
);

/** Capitalised words that are not names of a method or benchmark. */
export const NOT_A_NAME = new Set(["LLM", "LLMs", "SOTA", "SFT", "RL", "AI", "ML", "NLP", "GPU", "GPUs", "CPU", "CPUs", "FLOPs", "MoE", "MoEs", "KV", "PTQ", "QAT", "KD", "VLM", "VLMs", "MLLM", "MLLMs", "ViTs", "CNN", "CNNs", "DNN", "DNNs", "BERT-based", "TPU", "API", "APIs", "FP16", "BF16", "FP32", "INT8", "INT4", "US", "USA", "EU", "II", "III"]);

/** A sentence that compares with the names in it ("outperforms GPTQ", "than SparseGPT"). */
export const COMPARISON = /\b(?:outperform\w*|surpass\w*|compared (?:to|with)|comparison (?:to|with)|than|over|versus|vs\.?|beat\w*|exceed\w*|relative to|baselines?|state-of-the-art methods? (?:such as|like|including)|such as|including|like)\b/i;

/** Family names that are English words or acronyms with other meanings need a version or size. */
export const NEEDS_SUFFIX = new Set([
  "Dream", "Step", "Inception", "Nemotron", "Phi", "Yi", "GLM", "SAM", "Wan", "OPT", "GPT", "Llama", "LLaMA", "Qwen", "ViT", "DiT", "Mamba", "Gemma", "DeepSeek", "Mistral",
  "Falcon", "YOLO", "ResNet", "Swin", "DeiT", "InternVL", "InternLM", "MiniCPM", "Claude", "Gemini", "U-Net", "UNet", "FLUX", "Granite",
]);
