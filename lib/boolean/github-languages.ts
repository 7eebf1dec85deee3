/**
 * Terms that imply the language of someone's GitHub repositories, so GitHub user search can use
 * `language:` (people whose repositories are mostly in it: a far stronger signal than the word in a
 * bio). Keys are forms as the glossary writes them, compared ignoring case; values are GitHub's own
 * language names in the lowercase form its search accepts. Frameworks count for their language
 * (React → JavaScript, Spring Boot → Java); tools used from many languages (Kubernetes, Docker,
 * Spark) imply none.
 */
const LANGUAGES: Readonly<Record<string, string>> = {
  python: 'python',
  'python 3': 'python',
  python3: 'python',
  django: 'python',
  flask: 'python',
  fastapi: 'python',
  pandas: 'python',
  numpy: 'python',
  pytorch: 'python',
  tensorflow: 'python',
  'scikit-learn': 'python',
  java: 'java',
  'core java': 'java',
  'java se': 'java',
  'java ee': 'java',
  j2ee: 'java',
  'spring boot': 'java',
  'spring framework': 'java',
  javascript: 'javascript',
  ecmascript: 'javascript',
  'vanilla javascript': 'javascript',
  'node.js': 'javascript',
  nodejs: 'javascript',
  'node js': 'javascript',
  react: 'javascript',
  'react.js': 'javascript',
  reactjs: 'javascript',
  angularjs: 'javascript',
  'vue.js': 'vue',
  vue: 'vue',
  typescript: 'typescript',
  angular: 'typescript',
  'c#': 'csharp',
  'c sharp': 'csharp',
  csharp: 'csharp',
  '.net': 'csharp',
  dotnet: 'csharp',
  '.net core': 'csharp',
  'asp.net': 'csharp',
  'asp.net core': 'csharp',
  'c++': 'cpp',
  'modern c++': 'cpp',
  golang: 'go',
  'go programming language': 'go',
  'go language': 'go',
  'go lang': 'go',
  rust: 'rust',
  ruby: 'ruby',
  'ruby on rails': 'ruby',
  php: 'php',
  laravel: 'php',
  kotlin: 'kotlin',
  swift: 'swift',
  scala: 'scala',
  'r programming': 'r',
  'r language': 'r',
  'r programming language': 'r',
  dart: 'dart',
  flutter: 'dart',
  terraform: 'hcl',
  'hashicorp terraform': 'hcl',
  opentofu: 'hcl',
  'shell scripting': 'shell',
  'bash scripting': 'shell',
  powershell: 'powershell',
  sas: 'sas',
  'objective-c': 'objective-c',
  elixir: 'elixir',
  haskell: 'haskell',
  perl: 'perl',
  lua: 'lua',
  julia: 'julia',
  matlab: 'matlab',
  solidity: 'solidity',
};

/** GitHub's language for a term, from the first of its forms that implies one; null if none does. */
export function githubLanguage(forms: readonly string[]): string | null {
  for (const form of forms) {
    const language = LANGUAGES[form.trim().toLocaleLowerCase()];
    if (language) return language;
  }
  return null;
}
