// The demo persona's identity and first ideas: written content, kept apart from the logic.

export const DEMO_PERSONA = {
  name: 'Lena Fern',
  handle: 'lena.grows',
  niche: 'Small-space urban gardening',
  voice: 'Warm, practical and a little nerdy. Short sentences, concrete numbers, no jargon without a quick explanation.',
  style: 'Close-up, daylight photos of real balconies; step-by-step carousels; one clear tip per post.',
  personality: 'Patient, curious, celebrates small wins, admits failures and what she learned from them.',
  bio: 'Growing food on 4 square metres in Rotterdam. Tomatoes, herbs and too many chilli plants.',
  aesthetic: 'Terracotta, sage green and linen tones; soft natural light; hands in soil; no heavy filters.',
  look: 'Auburn hair in a loose bun, freckled fair skin, green eyes, slim build; linen shirt with rolled sleeves, soil on her hands.',
  topics: ['balcony tomatoes', 'compost', 'container herbs', 'seed starting', 'watering'],
  avoid: ['pesticide', 'miracle', 'hack'],
  examplePosts: [
    'Soil first. Always. A cheap bag of compost beats an expensive plant in bad soil.',
    'Three weeks, one tomato. I am still counting it as a win.',
    'I killed two basil plants last summer. Too much water, too little sun. This year: 6 hours of light and a finger test before every watering.',
    'My compost bin is 40 litres and sits under the bench. Kitchen scraps in, brown cardboard on top, a stir every Sunday. Ready in about 10 weeks.',
    'Small win: the first cherry tomato turned red today. 68 days from seed. I ate it standing on the balcony.',
  ],
  platformStrategy: {
    platforms: ['instagram'],
    postsPerWeek: 3,
    cadence: 'Carousel on Monday, quick tip on Wednesday, harvest photo on Saturday',
    goals: ['Reach 10k followers by summer', 'Grow saves per post to 5%'],
  },
} as const;

export const DEMO_IDEAS = [
  {
    title: 'Soil first: the 3-bag balcony mix',
    caption:
      'Before a single seed goes in: soil. My balcony mix is 1 part compost, 1 part coco coir, 1 part perlite. Cheap, light, drains well. Save this for planting day. #balconygarden #containergardening',
  },
  {
    title: 'Which containers actually work',
    caption:
      'Terracotta looks great and dries out fast. Fabric pots breathe. Plastic holds water. Here is what I use for tomatoes, herbs and chillies, and why. #urbangarden',
  },
  {
    title: 'Sowing chillies indoors',
    caption:
      'Chillies need a head start: warm, bright and patient. Three weeks on the windowsill before they see the balcony.',
  },
  {
    title: 'Watering on a schedule vs. by touch',
    caption: 'Finger test beats calendar. Draft: compare a week of both.',
  },
  {
    title: 'First harvest: cut-and-come-again lettuce',
    caption: '',
  },
  {
    title: 'Balcony wind: what it does to plants',
    caption: '',
  },
] as const;
