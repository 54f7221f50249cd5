/**
 * Build specifications as Amplify's documentation gives them (Gen 1 default with the backend,
 * Gen 2 fullstack, monorepo, Cypress test phase) and custom header files from the Hosting guide:
 * each must validate without a single diagnostic.
 */
export const GEN1_DEFAULT_BUILD_SPEC = `version: 1
backend:
  phases:
    build:
      commands:
        - '# Deploy the backend with the Amplify CLI'
        - amplifyPush --simple
frontend:
  phases:
    preBuild:
      commands:
        - npm ci
    build:
      commands:
        - npm run build
  artifacts:
    baseDirectory: build
    files:
      - '**/*'
  cache:
    paths:
      - node_modules/**/*
`;

export const GEN2_FULLSTACK_BUILD_SPEC = `version: 1
backend:
  phases:
    build:
      commands:
        - npm ci --cache .npm --prefer-offline
        - npx ampx pipeline-deploy --branch $AWS_BRANCH --app-id $AWS_APP_ID
frontend:
  phases:
    build:
      commands:
        - npm run build
  artifacts:
    baseDirectory: .next
    files:
      - '**/*'
  cache:
    paths:
      - .next/cache/**/*
      - .npm/**/*
      - node_modules/**/*
`;

export const MONOREPO_BUILD_SPEC = `version: 1
applications:
  - appRoot: apps/react-app
    env:
      variables:
        key: value
        NODE_OPTIONS: --max-old-space-size=4096
        RETRIES: 3
    backend:
      phases:
        build:
          commands:
            - npx ampx pipeline-deploy --branch $AWS_BRANCH --app-id $AWS_APP_ID
    frontend:
      buildPath: / # Run install and build from the monorepo project root
      phases:
        preBuild:
          commands:
            - npm ci
        build:
          commands:
            - npx turbo run build --filter react-app
      artifacts:
        files:
          - '**/*'
        discard-paths: yes
        baseDirectory: apps/react-app/dist
      cache:
        paths:
          - node_modules/**/*
  - appRoot: apps/angular-app
    frontend:
      buildpath: /
      phases:
        preBuild:
          commands:
            - npm ci
        build:
          commands:
            - npx nx build angular-app
      artifacts:
        baseDirectory: dist/apps/angular-app/browser
        files:
          - '**/*'
      cache:
        paths: []
`;

export const CYPRESS_TEST_BUILD_SPEC = `version: 1
frontend:
  phases:
    preBuild:
      commands:
        - nvm use 20
        - npm ci
    build:
      commands:
        - npm run build
  artifacts:
    baseDirectory: build
    files:
      - '**/*'
  cache:
    paths:
      - node_modules/**/*
test:
  phases:
    preTest:
      commands:
        - npm ci
        - npm install -g pm2
        - npm install -g wait-on
        - npm install mocha mochawesome mochawesome-merge mochawesome-report-generator
        - pm2 start npm -- start
        - wait-on http://localhost:3000
    test:
      commands:
        - 'npx cypress run --reporter mochawesome --reporter-options "reportDir=cypress/report/mochawesome-report,overwrite=false,html=false,json=true,timestamp=mmddyyyy_HHMMss"'
    postTest:
      commands:
        - npx mochawesome-merge cypress/report/mochawesome-report/mochawesome*.json > cypress/report/mochawesome.json
        - pm2 kill
  artifacts:
    baseDirectory: cypress
    configFilePath: '**/mochawesome.json'
    files:
      - '**/*.png'
      - '**/*.mp4'
`;

/** The reference page's skeleton, with its empty `buildpath:` and legacy headers. */
export const REFERENCE_SKELETON_BUILD_SPEC = `version: 1
env:
  variables:
    key: value
backend:
  phases:
    preBuild:
      commands:
        - echo preBuild
    build:
      commands:
        - echo build
    postBuild:
      commands:
        - echo postBuild
frontend:
  buildpath:
  phases:
    preBuild:
      commands:
        - cd react-app
        - npm ci
    build:
      commands:
        - npm run build
  artifacts:
    files:
      - location
      - location
    discard-paths: yes
    baseDirectory: location
  cache:
    paths:
      - path # A cache path relative to the project root
  customHeaders:
    - pattern: 'file-pattern'
      headers:
        - key: 'custom-header-name'
          value: 'custom-header-value'
test:
  phases:
    preTest:
      commands:
        - echo preTest
    test:
      commands:
        - echo test
    postTest:
      commands:
        - echo postTest
  artifacts:
    files:
      - location
    configFilePath: location
    baseDirectory: location
`;

export const CUSTOM_HTTP_EXAMPLE = `customHeaders:
  - pattern: '**/*'
    headers:
      - key: 'Strict-Transport-Security'
        value: 'max-age=31536000; includeSubDomains'
      - key: 'X-Frame-Options'
        value: 'SAMEORIGIN'
  - pattern: '*.json'
    headers:
    - key: 'custom-header-name-1'
      value: 'custom-header-value-1'
  - pattern: '/path/*'
    headers: [ { key: 'Cache-Control', value: 'no-store' } ]
`;

export const CUSTOM_HTTP_MONOREPO_EXAMPLE = `applications:
  - appRoot: app1
    customHeaders:
    - pattern: '**/*'
      headers:
      - key: 'custom-header-name-1'
        value: 'custom-header-value-1'
  - appRoot: app2
    customHeaders:
    - pattern: '/path/*.json'
      headers:
      - key: 'custom-header-name-2'
        value: 'custom-header-value-2'
`;
